#pragma once

#include "document/Document.h"
#include "events/Event.h"
#include "temporal/Timex.h"

#include <QByteArray>

#include <span>

class QIODevice;

namespace chronoline {

class CodePointMap;
class JsonWriter;

// The JSON schema shared by `chronoline-cli extract` and the GUI's export.
// Keys keep the documented order. Every offset is a Unicode code point offset
// into the document text, end exclusive, so consumers in any language can
// slice the text without knowing about UTF-16.
//
// {"document": {"title", "dct" (YYYY-MM-DD|null), "dctSource", "length"},
//  "timexes": [{"id","text","start","end","type","value","mod"|null,"anchor"|null}],
//  "events":  [{"id","title","trigger","participants",
//               "sentence": {"start","end","text"}, "timex"|null, "value", "mod"|null,
//               "interval": {"start"|null,"end"|null}|null, "certainty", "status",
//               "salience", "mentions": [{"sentence": {...}, "timex"|null}]}]}
//
// Written as it goes (see JsonWriter): each part writes one JSON object.
class JsonExport {
public:
    static void document(JsonWriter &out, const Document &document, const CodePointMap &offsets);
    static void timex(JsonWriter &out, const Timex &timex, const CodePointMap &offsets);
    static void event(JsonWriter &out, const Event &event, const CodePointMap &offsets);

    // The whole export, UTF-8, one member or element per line with a 2-space
    // indent, and a final newline.
    static QByteArray toJson(const Document &document, const Timexes &timexes, const Events &events);
    // The same text written to `device` as it is made, a chunk at a time (see
    // JsonWriter); false if the device refused any of it.
    static bool write(QIODevice &device, const Document &document, const Timexes &timexes,
                      const Events &events);

    // The export in two parts, for one who has the expressions before the
    // events (see JsonExportStream): the opening brace, the document and the
    // expressions; then the events and the closing brace. A long list is
    // written by two threads unless `oneThread` (another job runs beside).
    static void head(JsonWriter &out, const Document &document, std::span<const Timex> timexes,
                     const CodePointMap &offsets, bool oneThread = false);
    static void tail(JsonWriter &out, std::span<const Event> events, const CodePointMap &offsets);

    // From this many items on, two threads write a list (the events, the
    // expressions), each taking the next block (see SharedListWriter in the .cpp).
    static constexpr size_t writtenOnTwoThreadsFrom = 2000;

private:
    static void all(JsonWriter &out, const Document &document, const Timexes &timexes, const Events &events);
};

} // namespace chronoline
