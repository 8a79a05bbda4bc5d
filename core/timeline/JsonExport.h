#pragma once

#include "document/Document.h"
#include "events/Event.h"
#include "temporal/Timex.h"

#include <nlohmann/json_fwd.hpp>

#include <string>

namespace chronoline {

class CodePointMap;

// The JSON schema shared by `chronoline-cli extract` and the GUI's export.
// Keys keep their documented order (ordered_json). Every offset is a Unicode
// code point offset into the document text, end exclusive, so consumers in
// any language can slice the text without knowing about UTF-16.
//
// {"document": {"title", "dct" (YYYY-MM-DD|null), "dctSource", "length"},
//  "timexes": [{"id","text","start","end","type","value","mod"|null,"anchor"|null}],
//  "events":  [{"id","title","trigger","participants",
//               "sentence": {"start","end","text"}, "timex"|null, "value", "mod"|null,
//               "interval": {"start"|null,"end"|null}|null, "certainty", "status",
//               "salience", "mentions": [{"sentence": {...}, "timex"|null}]}]}
class JsonExport {
public:
    static nlohmann::ordered_json document(const Document &document);
    static nlohmann::ordered_json timex(const Timex &timex, const CodePointMap &offsets);
    static nlohmann::ordered_json event(const Event &event, const CodePointMap &offsets);
    static nlohmann::ordered_json all(const Document &document, const Timexes &timexes,
                                      const Events &events);

    // all(), pretty-printed with a 2-space indent and a final newline.
    static std::string toString(const Document &document, const Timexes &timexes,
                                const Events &events);
};

} // namespace chronoline
