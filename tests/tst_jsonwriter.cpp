#include "timeline/JsonWriter.h"

#include <nlohmann/json.hpp>

// QCOMPARE on nlohmann::json makes overload resolution look at qfloat16 too,
// which must then be a complete type.
#include <QFloat16>
#include <QBuffer>
#include <QTest>

#include <cmath>
#include <functional>
#include <limits>

using namespace chronoline;
using namespace Qt::Literals::StringLiterals;
using json = nlohmann::ordered_json;

namespace {

std::string written(const std::function<void(JsonWriter &)> &write)
{
    JsonWriter out;
    write(out);
    return out.take().toStdString();
}

std::string oneString(const QString &text)
{
    return written([&](JsonWriter &w) { w.value(text); });
}

} // namespace

class TestJsonWriter : public QObject {
    Q_OBJECT

private slots:
    // The layout is nlohmann's dump(2), so exports read as they did before the writer.
    void layoutIsNlohmannsIndentedDump()
    {
        const std::string text = written([](JsonWriter &w) {
            w.beginObject();
            w.key("a");
            w.value(1);
            w.key("empty object");
            w.beginObject();
            w.endObject();
            w.key("empty array");
            w.beginArray();
            w.endArray();
            w.key("list");
            w.beginArray();
            w.value(u"x");
            w.null();
            w.value(true);
            w.beginObject();
            w.key("deep");
            w.value(false);
            w.endObject();
            w.endArray();
            w.endObject();
        });
        QCOMPARE(text, json::parse(text).dump(2));
        QCOMPARE(text, std::string("{\n  \"a\": 1,\n  \"empty object\": {},\n  \"empty array\": [],\n"
                                   "  \"list\": [\n    \"x\",\n    null,\n    true,\n    {\n"
                                   "      \"deep\": false\n    }\n  ]\n}"));
    }

    void topLevelScalars()
    {
        QCOMPARE(written([](JsonWriter &w) { w.null(); }), std::string("null"));
        QCOMPARE(written([](JsonWriter &w) { w.value(qsizetype(-42)); }), std::string("-42"));
        QCOMPARE(written([](JsonWriter &w) { w.beginArray(); w.endArray(); }), std::string("[]"));
    }

    void escaping_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");   // the JSON text, as nlohmann writes it
        QTest::newRow("plain") << u"Xi met Putin"_s << QByteArray("\"Xi met Putin\"");
        QTest::newRow("quote and backslash") << u"say \"hi\" \\ bye"_s << QByteArray("\"say \\\"hi\\\" \\\\ bye\"");
        QTest::newRow("named controls") << u"a\nb\tc\rd\be\ff"_s << QByteArray("\"a\\nb\\tc\\rd\\be\\ff\"");
        QTest::newRow("other controls") << u"\u0001\u001f\u007f"_s << QByteArray("\"\\u0001\\u001f\x7f\"");
        QTest::newRow("slash stays") << u"a/b"_s << QByteArray("\"a/b\"");
        QTest::newRow("apostrophe and accent") << u"Zelensky’s café"_s << QByteArray("\"Zelensky\xE2\x80\x99s caf\xC3\xA9\"");
        QTest::newRow("three-byte") << u"北京"_s << QByteArray("\"\xE5\x8C\x97\xE4\xBA\xAC\"");
        QTest::newRow("surrogate pair") << u"\U0001F600!"_s << QByteArray("\"\xF0\x9F\x98\x80!\"");
    }

    void escaping()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        const std::string out = oneString(text);
        QCOMPARE(QByteArray::fromStdString(out), expected);
        QCOMPARE(json::parse(out), json(text.toStdString()));
    }

    // A lone surrogate has no UTF-8 form: it becomes U+FFFD, and the rest survives.
    void loneSurrogates()
    {
        QString text = u"a"_s;
        text += QChar(0xD83D);   // high, then an ordinary letter
        text += u"b"_s;
        text += QChar(0xDE00);   // low with no high before it
        text += QChar(0xD83D);   // high at the very end
        const std::string out = oneString(text);
        QCOMPARE(QByteArray::fromStdString(out), QByteArray("\"a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD\""));
        QCOMPARE(json::parse(out), json("a\uFFFDb\uFFFD\uFFFD"));
    }

    void doublesReadAsNlohmannWritesThem_data()
    {
        QTest::addColumn<double>("number");
        for (double d : {0.0, -0.0, 0.3, 0.1 + 0.2, 0.45, 1.0, -0.5, 100.0, 123456.789, 0.001, 0.0001, 1e-5,
                         1e15, 1e16, 1.5e300, 2.5e-300, 0.05, 0.125, 12.375, 1e8, 999999999.999, 1e9})
            QTest::newRow(QByteArray::number(d, 'g', 17).constData()) << d;
    }

    void doublesReadAsNlohmannWritesThem()
    {
        QFETCH(double, number);
        const std::string out = written([&](JsonWriter &w) { w.value(number); });
        QCOMPARE(out, json(number).dump());
        QCOMPARE(json::parse(out).get<double>(), number);
    }

    // Thousandths take a shortcut past the general conversion (every salience
    // is one): it must write what the general one writes.
    void thousandthsReadAsNlohmannWritesThem()
    {
        for (int k = 0; k <= 200000; k += (k < 3000 ? 1 : 997)) {
            const double number = std::round(double(k) / 1000.0 * 1000.0) / 1000.0;
            const std::string out = written([&](JsonWriter &w) { w.value(number); });
            QCOMPARE(out, json(number).dump());
        }
    }

    // copyOf() repeats a value already written, wherever the writer is now.
    void copyOfRepeatsWrittenBytes()
    {
        const std::string out = written([](JsonWriter &w) {
            w.beginObject();
            w.key("a");
            const qsizetype at = w.written();
            w.value(u"Xi’s \"visit\"");
            const qsizetype bytes = w.written() - at;
            w.key("b");
            w.beginArray();
            w.copyOf(at, bytes);
            w.copyOf(at, bytes);
            w.endArray();
            w.endObject();
        });
        const std::string text = "Xi\u2019s \"visit\"";
        QCOMPARE(json::parse(out), json({{"a", text}, {"b", json::array({text, text})}}));
        QCOMPARE(out, json::parse(out).dump(2));
    }

    // Elements made by a continuing() writer, pasted into the array of another,
    // read as if the one writer had written them all, in memory and to a device.
    void continuingWriterPastesElements()
    {
        const auto fill = [](JsonWriter &w, int from, int to) {
            for (int i = from; i < to; ++i) {
                w.beginObject();
                w.key("n");
                w.value(i);
                w.endObject();
            }
        };
        const std::string whole = written([&](JsonWriter &w) {
            w.beginObject();
            w.key("list");
            w.beginArray();
            fill(w, 0, 5);
            w.endArray();
            w.endObject();
        });
        JsonWriter rest = JsonWriter::continuing(2);
        fill(rest, 2, 5);
        const QByteArray made = rest.take();
        const auto pasted = [&](JsonWriter &w) {
            w.beginObject();
            w.key("list");
            w.beginArray();
            fill(w, 0, 2);
            w.elements(made);
            w.endArray();
            w.endObject();
        };
        QCOMPARE(written(pasted), whole);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        JsonWriter toDevice(&buffer);
        pasted(toDevice);
        QVERIFY(toDevice.finish());
        QCOMPARE(buffer.data().toStdString(), whole);
    }

    void nonFiniteIsNull()
    {
        QCOMPARE(written([](JsonWriter &w) { w.value(std::numeric_limits<double>::quiet_NaN()); }),
                 std::string("null"));
        QCOMPARE(written([](JsonWriter &w) { w.value(-std::numeric_limits<double>::infinity()); }),
                 std::string("null"));
    }

    // Long strings grow the buffer many times over; nothing may be lost on the way.
    void largeOutput()
    {
        const QString sentence = u"On May 1 \"we\" met\tin \u5317\u4eac \U0001F600. "_s;
        const std::string out = written([&](JsonWriter &w) {
            w.beginArray();
            for (int i = 0; i < 20000; ++i)
                w.value(sentence);
            w.endArray();
        });
        const json parsed = json::parse(out);
        QCOMPARE(parsed.size(), size_t(20000));
        QCOMPARE(parsed[19999], json(sentence.toStdString()));
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
