#pragma once

#include "document/Document.h"
#include "events/Event.h"
#include "temporal/Timex.h"

#include <memory>
#include <span>

class QIODevice;

namespace chronoline {

class CodePointMap;
class JsonWriter;

// JsonExport::write in two calls, for a caller that has the expressions
// before the events: `extract` writes the document and its expressions on a
// thread of their own while the events are still being worked out (see
// OverlappedAnalysis::TimexesKnown), and the events once they are. The output
// is the same text as JsonExport::write's.
class JsonExportStream {
public:
    // `device` and `document` must outlive the stream.
    JsonExportStream(QIODevice &device, const Document &document);
    ~JsonExportStream();
    JsonExportStream(const JsonExportStream &) = delete;
    JsonExportStream &operator=(const JsonExportStream &) = delete;

    // The document and `timexes`, first of all; on one thread when
    // `oneThread` (when other work runs beside it).
    void head(std::span<const Timex> timexes, bool oneThread);
    // The events, after head(), and the end of the export; false if the
    // device refused any of it.
    bool finish(std::span<const Event> events);

private:
    QIODevice &m_device;
    const Document &m_document;
    std::unique_ptr<JsonWriter> m_out;
    std::unique_ptr<CodePointMap> m_offsets;
};

} // namespace chronoline
