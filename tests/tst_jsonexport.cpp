#include "timeline/JsonExport.h"
#include "text/CodePoints.h"

#include <nlohmann/json.hpp>

// QCOMPARE on nlohmann::json makes overload resolution look at qfloat16 too,
// which must then be a complete type.
#include <QFloat16>
#include <QTest>

using namespace chronoline;
using namespace Qt::Literals::StringLiterals;
using json = nlohmann::ordered_json;

namespace {

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
        const json d = JsonExport::document(emojiDocument());
        QCOMPARE(keys(d), (std::vector<std::string>{"title", "dct", "dctSource", "length"}));
        QCOMPARE(d["title"], json("Meeting"));
        QCOMPARE(d["dct"], json("2023-05-03"));
        QCOMPARE(d["dctSource"], json("option"));
        QCOMPARE(d["length"], json(18));   // 19 UTF-16 units, 18 code points
        Document none;
        const json n = JsonExport::document(none);
        QVERIFY(n["dct"].is_null());
        QCOMPARE(n["dctSource"], json("none"));
        QCOMPARE(n["length"], json(0));
    }

    void timexPart()
    {
        const Document doc = emojiDocument();
        const json t = JsonExport::timex(mayFirst(), CodePointMap(doc.text));
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
        const json e = JsonExport::event(meeting(), CodePointMap(emojiDocument().text));
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
        const json open = JsonExport::event(e, CodePointMap(u""_s));
        QVERIFY(open["interval"]["start"].is_null());
        QCOMPARE(open["interval"]["end"], json("2023-01-01"));
        QCOMPARE(open["mod"], json("BEFORE"));
        QVERIFY(open["timex"].is_null());
        e.interval.reset();
        QVERIFY(JsonExport::event(e, CodePointMap(u""_s))["interval"].is_null());
    }

    void wholeExportKeepsKeyOrder()
    {
        const std::string text = JsonExport::toString(emojiDocument(), {mayFirst()}, {meeting()});
        QVERIFY(text.ends_with("}\n"));
        QVERIFY(text.starts_with("{\n  \"document\": {\n    \"title\": \"Meeting\","));
        const json parsed = json::parse(text);
        QCOMPARE(keys(parsed), (std::vector<std::string>{"document", "timexes", "events"}));
        QCOMPARE(parsed["timexes"].size(), 1u);
        QCOMPARE(parsed["events"].size(), 1u);
        QCOMPARE(parsed["timexes"][0]["text"], json("May 1"));
    }

    void emptyDocument()
    {
        const json parsed = json::parse(JsonExport::toString(Document{}, {}, {}));
        QVERIFY(parsed["timexes"].is_array() && parsed["timexes"].empty());
        QVERIFY(parsed["events"].is_array() && parsed["events"].empty());
        QCOMPARE(parsed["document"]["title"], json(""));
    }
};

QTEST_GUILESS_MAIN(TestJsonExport)
#include "tst_jsonexport.moc"
