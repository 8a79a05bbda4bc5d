#include "timeline/JsonExport.h"

#include "text/CodePoints.h"
#include "timeline/JsonExportStream.h"
#include "timeline/JsonWriter.h"

#include <QIODevice>

#include <cmath>
#include <condition_variable>
#include <map>
#include <mutex>
#include <span>
#include <thread>

namespace chronoline {

namespace {

void stringOrNull(JsonWriter &out, const QString &s)
{
    if (s.isEmpty())
        out.null();
    else
        out.value(s);
}

// YYYY-MM-DD, as Qt::ISODate writes it, without a formatted-string round trip
// per date (an export writes two for every event).
void dateOrNull(JsonWriter &out, const std::optional<QDate> &date)
{
    if (!date || !date->isValid()) {
        out.null();
        return;
    }
    // The Gregorian date of the Julian day in a few divisions (H. Hinnant's
    // civil_from_days), where QDate::getDate goes through the calendar system
    // and cost more than the rest of the date's output. Checked against
    // QDate for every day of the years 1 to 9999; outside them (QDate has no
    // year 0) the ISO form comes from QDate itself.
    const qint64 z = date->toJulianDay() - 2440588 + 719468;   // days since 0000-03-01
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shiftedMonth = (5 * dayOfYear + 2) / 153;   // March = 0
    const int day = int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
    const int month = int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    const qint64 fullYear = yearOfEra + era * 400 + (month <= 2);
    if (fullYear < 1 || fullYear > 9999) {
        out.value(date->toString(Qt::ISODate));
        return;
    }
    const int year = int(fullYear);
    const auto digit = [](int n) { return char16_t(u'0' + n % 10); };
    const char16_t text[] = {digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), u'-',
                             digit(month / 10), digit(month), u'-', digit(day / 10), digit(day)};
    out.value(QStringView(text, 10));
}

// Where a sentence's text went in the output. An event's first mention
// nearly always cites the event's own sentence, the same shared string, so
// the mention copies the bytes written for the event instead of encoding the
// text again.
struct WrittenText {
    const QChar *data = nullptr;
    qsizetype size = 0;
    qsizetype at = 0;
    qsizetype bytes = 0;
};

void sentence(JsonWriter &out, const SentenceRef &ref, const CodePointMap &offsets, WrittenText &seen)
{
    out.beginObject();
    out.key("start");
    out.value(offsets.toCodePoints(ref.start));
    out.key("end");
    out.value(offsets.toCodePoints(ref.end));
    out.key("text");
    if (!ref.text.isEmpty() && ref.text.constData() == seen.data && ref.text.size() == seen.size) {
        out.copyOf(seen.at, seen.bytes);
    } else {
        const qsizetype at = out.written();
        out.value(ref.text);
        seen = {ref.text.constData(), ref.text.size(), at, out.written() - at};
    }
    out.endObject();
}

// About how long the export will be: a fixed part per object (keys, indents,
// ids, dates) and the sentence texts, which are most of it.
qsizetype expectedSize(std::span<const Timex> timexes, std::span<const Event> events)
{
    qsizetype bytes = 512 + 256 * qsizetype(timexes.size());
    for (const Event &e : events) {
        bytes += 768 + e.sentence.text.size();
        for (const EventMention &m : e.mentions)
            bytes += 256 + m.sentence.text.size();
    }
    return bytes;
}

} // namespace

void JsonExport::document(JsonWriter &out, const Document &document, const CodePointMap &offsets)
{
    out.beginObject();
    out.key("title");
    out.value(document.title);
    out.key("dct");
    dateOrNull(out, document.dct);
    out.key("dctSource");
    out.value(dctSourceName(document.dctSource));
    out.key("length");
    out.value(offsets.codePointLength());
    out.endObject();
}

void JsonExport::timex(JsonWriter &out, const Timex &timex, const CodePointMap &offsets)
{
    out.beginObject();
    out.key("id");
    out.value(timex.id);
    out.key("text");
    out.value(timex.text);
    out.key("start");
    out.value(offsets.toCodePoints(timex.start));
    out.key("end");
    out.value(offsets.toCodePoints(timex.end));
    out.key("type");
    out.value(timexTypeName(timex.type));
    out.key("value");
    out.value(timex.value);
    out.key("mod");
    stringOrNull(out, timex.mod);
    out.key("anchor");
    stringOrNull(out, timex.anchor);
    out.endObject();
}

void JsonExport::event(JsonWriter &out, const Event &event, const CodePointMap &offsets)
{
    out.beginObject();
    out.key("id");
    out.value(event.id);
    out.key("title");
    out.value(event.title);
    out.key("trigger");
    out.value(event.trigger);
    out.key("participants");
    out.beginArray();
    for (const QString &p : event.participants)
        out.value(p);
    out.endArray();
    out.key("sentence");
    WrittenText seen;   // lives while the event's strings do, so a pointer match is the same text
    sentence(out, event.sentence, offsets, seen);
    out.key("timex");
    stringOrNull(out, event.timexId);
    out.key("value");
    out.value(event.value);
    out.key("mod");
    stringOrNull(out, event.mod);
    out.key("interval");
    if (event.interval) {
        out.beginObject();
        out.key("start");
        dateOrNull(out, event.interval->start);
        out.key("end");
        dateOrNull(out, event.interval->end);
        out.endObject();
    } else {
        out.null();
    }
    out.key("certainty");
    out.value(certaintyName(event.certainty));
    out.key("status");
    out.value(statusName(event.status));
    // Three decimals are all a ranking needs, and keep 0.1 + 0.2 out of the
    // file; the writer gives null for a salience that is not a number.
    out.key("salience");
    out.value(std::round(event.salience * 1000.0) / 1000.0);
    out.key("mentions");
    out.beginArray();
    for (const EventMention &m : event.mentions) {
        out.beginObject();
        out.key("sentence");
        sentence(out, m.sentence, offsets, seen);
        out.key("timex");
        stringOrNull(out, m.timexId);
        out.endObject();
    }
    out.endArray();
    out.endObject();
}

namespace {

// A long list of an export (the events, each with its sentences, or the
// expressions), written by two threads at once: the list goes in blocks, and
// each thread takes the next block not yet taken. This thread writes a block
// straight to the output when all before it are there, and pastes in the
// others as they are done; the helper writes its blocks into small buffers.
// Taking blocks as they come, rather than every other one, keeps both busy:
// this thread also pastes and hands the output to the device, and with
// fixed turns the helper waited a third of the time on 20 MB of news. The
// buffers, a block each and a few at a time, stay in cache where one buffer
// for half the list would be tens of megabytes of fresh memory.
template <typename Item>
class SharedListWriter {
public:
    using WriteOne = void (*)(JsonWriter &, const Item &, const CodePointMap &);
    using SizeOf = qsizetype (*)(std::span<const Item>);
    static constexpr size_t aheadMost = 8;   // blocks taken beyond those in the output

    // `blockSize` items make some 64 KB of output; `sizeOf` guesses a block's size.
    SharedListWriter(std::span<const Item> items, size_t blockSize, WriteOne writeOne, SizeOf sizeOf,
                     const CodePointMap &offsets)
        : m_items(items), m_blockSize(blockSize), m_writeOne(writeOne), m_sizeOf(sizeOf), m_offsets(offsets) {}

    // Writes the items into the array open in `out`, two levels down (in the top object).
    void write(JsonWriter &out)
    {
        const size_t blocks = (m_items.size() + m_blockSize - 1) / m_blockSize;
        // The first block is this thread's, so that every block of the
        // helper's follows an element already in the array.
        m_taken = 1;
        std::jthread helper([&] {
            for (;;) {
                size_t b = 0;
                {
                    std::unique_lock lock(m_mutex);
                    m_changed.wait(lock, [&] { return m_stop || m_taken >= blocks || m_taken - m_pasted < aheadMost; });
                    if (m_stop || m_taken >= blocks)
                        return;
                    b = m_taken++;
                }
                QByteArray made = buffered(b);
                {
                    const std::lock_guard lock(m_mutex);
                    m_done.emplace(b, std::move(made));
                }
                m_changed.notify_all();
            }
        });
        // Should this thread stop early (out of memory), the helper must not
        // wait for room for ever before it is joined.
        const struct StopHelper {
            SharedListWriter &self;
            ~StopHelper()
            {
                {
                    const std::lock_guard lock(self.m_mutex);
                    self.m_stop = true;
                }
                self.m_changed.notify_all();
            }
        } stopHelper{*this};
        writeDirectly(out, 0);
        while (m_pasted < blocks) {   // (only this thread changes m_pasted)
            QByteArray made;
            size_t own = blocks;   // a block this thread takes, if it takes one
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [&] {
                    return m_done.contains(m_pasted) || (m_taken < blocks && m_taken - m_pasted < aheadMost);
                });
                if (const auto next = m_done.find(m_pasted); next != m_done.end()) {
                    made = std::move(next->second);
                    m_done.erase(next);
                } else {
                    own = m_taken++;
                }
            }
            if (own == blocks) {   // the next block, done by either thread
                out.elements(made);
                out.flushPoint();
                advancePasted();
            } else if (own == m_pasted) {   // the next block, not taken yet
                writeDirectly(out, own);
            } else {   // a later one, while the helper is at the next
                QByteArray later = buffered(own);
                const std::lock_guard lock(m_mutex);
                m_done.emplace(own, std::move(later));
            }
        }
    }

private:
    std::span<const Item> itemsOf(size_t block) const
    {
        const size_t from = block * m_blockSize;
        return m_items.subspan(from, std::min(m_blockSize, m_items.size() - from));
    }
    // Block b (not the first) in a buffer of its own, to be pasted in later.
    QByteArray buffered(size_t b) const
    {
        JsonWriter block = JsonWriter::continuing(2);
        block.reserve(m_sizeOf(itemsOf(b)));
        for (const Item &item : itemsOf(b))
            m_writeOne(block, item, m_offsets);
        return block.take();
    }
    // Block b, when all before it are in the output.
    void writeDirectly(JsonWriter &out, size_t b)
    {
        for (const Item &item : itemsOf(b)) {
            m_writeOne(out, item, m_offsets);
            out.flushPoint();
        }
        advancePasted();
    }
    void advancePasted()
    {
        {
            const std::lock_guard lock(m_mutex);
            ++m_pasted;
        }
        m_changed.notify_all();   // the helper may take another
    }

    const std::span<const Item> m_items;
    const size_t m_blockSize;
    const WriteOne m_writeOne;
    const SizeOf m_sizeOf;
    const CodePointMap &m_offsets;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    size_t m_taken = 0;    // blocks 0 .. m_taken - 1 are taken by one thread or the other
    size_t m_pasted = 0;   // blocks 0 .. m_pasted - 1 are in the output
    std::map<size_t, QByteArray> m_done;   // done, not yet in the output
    bool m_stop = false;
};

// Writes `items` into the array open in `out`: on two threads when the list is long.
template <typename Item>
void writeList(JsonWriter &out, std::span<const Item> items, size_t blockSize,
               typename SharedListWriter<Item>::WriteOne writeOne,
               typename SharedListWriter<Item>::SizeOf sizeOf, const CodePointMap &offsets, bool oneThread = false)
{
    if (!oneThread && items.size() >= JsonExport::writtenOnTwoThreadsFrom) {
        SharedListWriter<Item>(items, blockSize, writeOne, sizeOf, offsets).write(out);
        return;
    }
    for (const Item &item : items) {
        writeOne(out, item, offsets);
        out.flushPoint();
    }
}

} // namespace

void JsonExport::head(JsonWriter &out, const Document &document, std::span<const Timex> timexes,
                      const CodePointMap &offsets, bool oneThread)
{
    out.beginObject();
    out.key("document");
    JsonExport::document(out, document, offsets);
    out.key("timexes");
    out.beginArray();
    writeList<Timex>(out, timexes, 256, &JsonExport::timex,
                     [](std::span<const Timex> some) { return expectedSize(some, {}); }, offsets, oneThread);
    out.endArray();
}

void JsonExport::tail(JsonWriter &out, std::span<const Event> events, const CodePointMap &offsets)
{
    out.key("events");
    out.beginArray();
    writeList<Event>(out, events, 64, &JsonExport::event,
                     [](std::span<const Event> some) { return expectedSize({}, some); }, offsets);
    out.endArray();
    out.endObject();
}

void JsonExport::all(JsonWriter &out, const Document &document, const Timexes &timexes, const Events &events)
{
    const CodePointMap offsets(document.text);
    head(out, document, timexes, offsets);
    tail(out, events, offsets);
}

QByteArray JsonExport::toJson(const Document &document, const Timexes &timexes, const Events &events)
{
    JsonWriter out;
    out.reserve(expectedSize(timexes, events));
    all(out, document, timexes, events);
    QByteArray json = out.take();
    json += '\n';
    return json;
}

bool JsonExport::write(QIODevice &device, const Document &document, const Timexes &timexes,
                       const Events &events)
{
    JsonExportStream stream(device, document);
    stream.head(timexes, false);
    return stream.finish(events);
}

} // namespace chronoline
