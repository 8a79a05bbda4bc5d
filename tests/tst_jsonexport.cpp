#include "timeline/JsonExport.h"
#include "timeline/JsonExportStream.h"
#include "text/CodePoints.h"
#include "timeline/JsonWriter.h"

#include <nlohmann/json.hpp>

// QCOMPARE on nlohmann::json makes overload resolution look at qfloat16 too,
// which must then be a complete type.
#include <QBuffer>
#include <QFloat16>
#include <QTest>

using namespace chronoline;
using namespace Qt::Literals::StringLiterals;
using json = nlohmann::ordered_json;

namespace {

// Each part writes one object; nlohmann reads it back for the checks.
json documentJson(const Document &doc)
{
    JsonWriter out;
    JsonExport::document(out, doc, CodePointMap(doc.text));
    return json::parse(out.take().toStdString());
}

json timexJson(const Timex &timex, const QString &text)
{
    JsonWriter out;
    JsonExport::timex(out, timex, CodePointMap(text));
    return json::parse(out.take().toStdString());
}

json eventJson(const Event &event, const QString &text)
{
    JsonWriter out;
    JsonExport::event(out, event, CodePointMap(text));
    return json::parse(out.take().toStdString());
}

std::vector<std::string> keys(const json &object)
{
    std::vector<std::string> out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.push_back(it.key());
    return out;
}

// "😀 On May 1 we met." : the emoji is 2 UTF-16 units but 1 code point.
Document emojiDocument()
{
    Document doc;
    doc.text = u"\U0001F600 On May 1 we met."_s;
    doc.title = u"Meeting"_s;
    doc.dct = QDate(2023, 5, 3);
    doc.dctSource = DctSource::Option;
    return doc;
}

Timex mayFirst()
{
    Timex t;
    t.id = u"t1"_s;
    t.start = 6;   // UTF-16
    t.end = 11;
    t.text = u"May 1"_s;
    t.value = u"2023-05-01"_s;
    t.anchor = u"t0"_s;
    return t;
}

Event meeting()
{
    Event e;
    e.id = u"e1"_s;
    e.title = u"We met"_s;
    e.trigger = u"met"_s;
    e.participants = {u"we"_s};
    e.sentence = {3, 19, u"On May 1 we met."_s};
    e.timexId = u"t1"_s;
    e.value = u"2023-05-01"_s;
    e.interval = EventInterval{QDate(2023, 5, 1), QDate(2023, 5, 2)};
    e.salience = 0.1 + 0.2;
    e.mentions.push_back({e.sentence, u"t1"_s});
    e.mentions.push_back({{3, 19, u"On May 1 we met."_s}, QString()});
    return e;
}

} // namespace

class TestJsonExport : public QObject {
    Q_OBJECT

private slots:
    void documentPart()
    {
        const json d = documentJson(emojiDocument());
        QCOMPARE(keys(d), (std::vector<std::string>{"title", "dct", "dctSource", "length"}));
        QCOMPARE(d["title"], json("Meeting"));
        QCOMPARE(d["dct"], json("2023-05-03"));
        QCOMPARE(d["dctSource"], json("option"));
        QCOMPARE(d["length"], json(18));   // 19 UTF-16 units, 18 code points
        Document none;
        const json n = documentJson(none);
        QVERIFY(n["dct"].is_null());
        QCOMPARE(n["dctSource"], json("none"));
        QCOMPARE(n["length"], json(0));
    }

    void timexPart()
    {
        const Document doc = emojiDocument();
        const json t = timexJson(mayFirst(), doc.text);
        QCOMPARE(keys(t), (std::vector<std::string>{"id", "text", "start", "end", "type", "value", "mod", "anchor"}));
        QCOMPARE(t["start"], json(5));
        QCOMPARE(t["end"], json(10));
        QCOMPARE(t["type"], json("DATE"));
        QCOMPARE(t["value"], json("2023-05-01"));
        QVERIFY(t["mod"].is_null());
        QCOMPARE(t["anchor"], json("t0"));
        // The published offsets slice the code point sequence to the text.
        const auto ucs4 = doc.text.toUcs4();
        QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()) + 5, 5), u"May 1"_s);
    }

    void eventPart()
    {
        const json e = eventJson(meeting(), emojiDocument().text);
        QCOMPARE(keys(e), (std::vector<std::string>{"id", "title", "trigger", "participants", "sentence",
                                                     "timex", "value", "mod", "interval", "certainty",
                                                     "status", "salience", "mentions"}));
        QCOMPARE(e["participants"], json::parse(R"(["we"])"));
        QCOMPARE(e["sentence"], json::parse(R"({"start": 2, "end": 18, "text": "On May 1 we met."})"));
        QCOMPARE(e["timex"], json("t1"));
        QVERIFY(e["mod"].is_null());
        QCOMPARE(e["interval"], json::parse(R"({"start": "2023-05-01", "end": "2023-05-02"})"));
        QCOMPARE(e["certainty"], json("explicit"));
        QCOMPARE(e["status"], json("past"));
        QCOMPARE(e["salience"].dump(), std::string("0.3"));
        QCOMPARE(e["mentions"].size(), 2u);
        QCOMPARE(e["mentions"][0]["timex"], json("t1"));
        QVERIFY(e["mentions"][1]["timex"].is_null());
        QCOMPARE(e["mentions"][1]["sentence"]["start"], json(2));
    }

    void openAndMissingIntervals()
    {
        Event e = meeting();
        e.interval = EventInterval{std::nullopt, QDate(2023, 1, 1)};
        e.mod = u"BEFORE"_s;
        e.timexId.clear();
        const json open = eventJson(e, QString());
        QVERIFY(open["interval"]["start"].is_null());
        QCOMPARE(open["interval"]["end"], json("2023-01-01"));
        QCOMPARE(open["mod"], json("BEFORE"));
        QVERIFY(open["timex"].is_null());
        e.interval.reset();
        QVERIFY(eventJson(e, QString())["interval"].is_null());
    }

    void wholeExportKeepsKeyOrder()
    {
        const QByteArray bytes = JsonExport::toJson(emojiDocument(), {mayFirst()}, {meeting()});
        const std::string text = bytes.toStdString();
        QVERIFY(text.ends_with("}\n"));
        QVERIFY(text.starts_with("{\n  \"document\": {\n    \"title\": \"Meeting\","));
        const json parsed = json::parse(text);
        QCOMPARE(keys(parsed), (std::vector<std::string>{"document", "timexes", "events"}));
        QCOMPARE(parsed["timexes"].size(), 1u);
        QCOMPARE(parsed["events"].size(), 1u);
        QCOMPARE(parsed["timexes"][0]["text"], json("May 1"));
        QCOMPARE(keys(parsed["events"][0]["mentions"][0]), (std::vector<std::string>{"sentence", "timex"}));
        QCOMPARE(keys(parsed["events"][0]["sentence"]), (std::vector<std::string>{"start", "end", "text"}));
        // The layout is nlohmann's 2-space dump, as it was when the export built a tree.
        QCOMPARE(text, parsed.dump(2) + '\n');
    }

    // Written to a device as it goes, a chunk at a time, the export is the same
    // text: enough events that several chunks go out, each event's mention
    // copying its sentence from output written since the last chunk.
    void writtenToDeviceMatchesInMemory()
    {
        Events events;
        for (int i = 0; i < 3000; ++i) {
            Event e = meeting();
            e.id = u"e"_s + QString::number(i + 1);
            e.sentence.text = e.sentence.text.repeated(1 + i % 7);   // new strings, shared with the first mention
            e.mentions[0].sentence = e.sentence;
            events.push_back(e);
        }
        const QByteArray inMemory = JsonExport::toJson(emojiDocument(), {mayFirst()}, events);
        QVERIFY(inMemory.size() > 1024 * 1024);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(JsonExport::write(buffer, emojiDocument(), {mayFirst()}, events));
        QCOMPARE(buffer.data().size(), inMemory.size());
        QVERIFY(buffer.data() == inMemory);
    }

    // From JsonExport::writtenOnTwoThreadsFrom items on, two threads write a list
    // (the events, the expressions), each taking the next block; the text must be
    // the one a single writer makes, element by element.
    void longListsWrittenOnTwoThreadsReadAsOne_data()
    {
        QTest::addColumn<int>("count");
        const int from = int(JsonExport::writtenOnTwoThreadsFrom);
        QTest::newRow("one short") << from - 1;
        QTest::newRow("at the threshold") << from;
        QTest::newRow("odd, past it") << 2 * from + 1;
        QTest::newRow("many blocks, the last short") << 20 * from + 37;
    }

    void longListsWrittenOnTwoThreadsReadAsOne()
    {
        QFETCH(int, count);
        Events events;
        for (int i = 0; i < count; ++i) {
            Event e = meeting();
            e.id = u"e"_s + QString::number(i + 1);
            e.title = e.title.repeated(1 + i % 3);
            events.push_back(e);
        }
        Timexes timexes;
        for (int i = 0; i < count; ++i) {
            Timex t = mayFirst();
            t.id = u"t"_s + QString::number(i + 1);
            timexes.push_back(t);
        }
        const Document doc = emojiDocument();
        const CodePointMap offsets(doc.text);
        JsonWriter one;
        one.beginObject();
        one.key("document");
        JsonExport::document(one, doc, offsets);
        one.key("timexes");
        one.beginArray();
        for (const Timex &t : timexes)
            JsonExport::timex(one, t, offsets);
        one.endArray();
        one.key("events");
        one.beginArray();
        for (const Event &e : events)
            JsonExport::event(one, e, offsets);
        one.endArray();
        one.endObject();
        const QByteArray expected = one.take() + '\n';
        QVERIFY(JsonExport::toJson(doc, timexes, events) == expected);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(JsonExport::write(buffer, doc, timexes, events));
        QVERIFY(buffer.data() == expected);
        // In two parts, as extract writes it: the head on a thread of its
        // own, one writer for its list, then the events.
        QBuffer streamed;
        QVERIFY(streamed.open(QIODevice::WriteOnly));
        {
            JsonExportStream stream(streamed, doc);
            std::thread([&] { stream.head(timexes, true); }).join();
            QVERIFY(stream.finish(events));
        }
        QVERIFY(streamed.data() == expected);
        const json parsed = json::parse(expected.toStdString());
        QCOMPARE(parsed["events"].size(), size_t(count));
        QCOMPARE(parsed["timexes"].size(), size_t(count));
        QCOMPARE(parsed["timexes"][size_t(count - 1)]["id"], json("t" + std::to_string(count)));
        QCOMPARE(parsed["events"][size_t(count - 1)]["id"], json("e" + std::to_string(count)));
    }

    // A device that takes nothing (a full disk, a closed file) is reported.
    void refusingDeviceIsReported()
    {
        QBuffer readOnly;
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
        QVERIFY(!JsonExport::write(readOnly, emojiDocument(), {mayFirst()}, {meeting()}));
        // ... also when the second half of a long event list is pasted in at once
        const Events many(JsonExport::writtenOnTwoThreadsFrom + 1, meeting());
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
        QVERIFY(!JsonExport::write(readOnly, emojiDocument(), {mayFirst()}, many));
        // ... and when it is the head, written apart, that went nowhere
        const Document doc = emojiDocument();
        JsonExportStream stream(readOnly, doc);
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
        stream.head(Timexes{mayFirst()}, true);
        QVERIFY(!stream.finish(Events{meeting()}));
    }

    void emptyDocument()
    {
        const QByteArray bytes = JsonExport::toJson(Document{}, {}, {});
        QCOMPARE(bytes, QByteArray("{\n  \"document\": {\n    \"title\": \"\",\n    \"dct\": null,\n"
                                   "    \"dctSource\": \"none\",\n    \"length\": 0\n  },\n"
                                   "  \"timexes\": [],\n  \"events\": []\n}\n"));
        const json parsed = json::parse(bytes.toStdString());
        QVERIFY(parsed["timexes"].is_array() && parsed["timexes"].empty());
        QVERIFY(parsed["events"].is_array() && parsed["events"].empty());
        QCOMPARE(parsed["document"]["title"], json(""));
    }

    // Text from the document goes out as it was written: quotes, backslashes and
    // control characters escaped, a lone surrogate (broken input) as U+FFFD.
    void escapesDocumentText()
    {
        Document doc = emojiDocument();
        doc.title = u"He said \"no\" \\ then\tleft\u0001"_s;
        Event e = meeting();
        e.title = u"Line\nbreak"_s;
        e.participants = {u"Zelensky\u2019s aide"_s, u"bad"_s + QChar(0xDC00)};
        e.mentions[1].sentence.text = u"\"Quoted\" \U0001F600"_s;
        const json parsed = json::parse(JsonExport::toJson(doc, {mayFirst()}, {e}).toStdString());
        QCOMPARE(parsed["document"]["title"], json("He said \"no\" \\ then\tleft\u0001"));
        const json &event = parsed["events"][0];
        QCOMPARE(event["title"], json("Line\nbreak"));
        QCOMPARE(event["participants"], json::parse("[\"Zelensky\u2019s aide\", \"bad\ufffd\"]"));
        QCOMPARE(event["mentions"][1]["sentence"]["text"], json("\"Quoted\" \U0001F600"));
        // Offsets still count code points: the emoji before the sentence is one.
        QCOMPARE(event["mentions"][1]["sentence"]["start"], json(2));
    }
};

QTEST_GUILESS_MAIN(TestJsonExport)
#include "tst_jsonexport.moc"
