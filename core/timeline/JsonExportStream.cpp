#include "timeline/JsonExportStream.h"

#include "text/CodePoints.h"
#include "timeline/JsonExport.h"
#include "timeline/JsonWriter.h"

#include <QIODevice>

namespace chronoline {

JsonExportStream::JsonExportStream(QIODevice &device, const Document &document)
    : m_device(device), m_document(document), m_out(std::make_unique<JsonWriter>(&device))
{
}

JsonExportStream::~JsonExportStream() = default;

void JsonExportStream::head(std::span<const Timex> timexes, bool oneThread)
{
    Q_ASSERT(!m_offsets);
    // Made here, on the thread that writes the head: it reads the whole text.
    m_offsets = std::make_unique<CodePointMap>(m_document.text);
    JsonExport::head(*m_out, m_document, timexes, *m_offsets, oneThread);
}

bool JsonExportStream::finish(std::span<const Event> events)
{
    Q_ASSERT(m_offsets);
    JsonExport::tail(*m_out, events, *m_offsets);
    return m_out->finish() && m_device.write("\n", 1) == 1;
}

} // namespace chronoline
