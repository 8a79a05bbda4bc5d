#include "timeml/TimeMLReader.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
// QCOMPARE on nlohmann::json makes overload resolution look at qfloat16 too,
// which must then be a complete type.
#include <QFloat16>
#include <QTest>

using namespace chronoline;
using namespace Qt::Literals::StringLiterals;
using json = nlohmann::ordered_json;

namespace {

const QString cli = QStringLiteral(CHRONOLINE_CLI);
const QString corpus = QStringLiteral(CHRONOLINE_SHARED_DIR "/data/tempeval3/train");
const QString abcFile = corpus + u"/TimeBank/ABC19980108.1830.0711.tml"_s;

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &arguments, const QByteArray &input = {},
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(cli, arguments);
    if (!p.waitForStarted(10000))
        return {};
    p.write(input);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit) {
        p.kill();
        p.waitForFinished();
        r.err = "crashed or timed out";
        return r;
    }
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

std::vector<std::string> keys(const json &object)
{
    std::vector<std::string> out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.push_back(it.key());
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// `render` is built only with the GUI (CHRONOLINE_BUILD_GUI); without it the
// command is unknown (exit 2).
bool haveRender()
{
    return run({u"render"_s, u"--help"_s}).code == 0;
}

const QByteArray councilPage =
    "<!DOCTYPE html>\n<html><head><title>Council vote</title>\n"
    "<meta property=\"article:published_time\" content=\"2023-03-14T10:00:00Z\">\n"
    "</head><body><article><p>Last month the council voted.</p></article></body></html>\n";

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(cli).isExecutable(), qPrintable(u"build chronoline-cli first: "_s + cli));
        QVERIFY(m_tmp.isValid());
    }

    void version()
    {
        const Run r = run({u"--version"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("chronoline-cli 0."));
    }

    void helpListsEveryCommand()
    {
        const Run r = run({u"--help"_s});
        QCOMPARE(r.code, 0);
        for (const char *command : {"extract FILE", "annotate FILE.tml", "annotate DIR -o OUTDIR",
                                    "eval GOLD SYSTEM", "eval-tagger GOLD", "--format", "--errors"})
            QVERIFY2(r.out.contains(command), command);
        const Run one = run({u"eval"_s, u"--help"_s});
        QCOMPARE(one.code, 0);
        QVERIFY(one.out.contains("eval GOLD SYSTEM"));
        QVERIFY(!one.out.contains("extract FILE"));
        if (haveRender()) {
            QVERIFY(r.out.contains("render FILE [--dct YYYY-MM-DD] -o OUT.png|svg|pdf [--width N] [--scale S]"));
            const Run render = run({u"render"_s, u"--help"_s});
            QVERIFY(render.out.contains("render FILE"));
            QVERIFY(!render.out.contains("extract FILE"));
        }
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
        QTest::newRow("unknown global option") << QStringList{u"--frob"_s};
        QTest::newRow("extract without file") << QStringList{u"extract"_s};
        QTest::newRow("extract two files") << QStringList{u"extract"_s, abcFile, abcFile};
        QTest::newRow("unknown option") << QStringList{u"extract"_s, abcFile, u"--frob"_s};
        QTest::newRow("bad dct") << QStringList{u"extract"_s, abcFile, u"--dct"_s, u"2023-02-30"_s};
        QTest::newRow("dct with time") << QStringList{u"extract"_s, abcFile, u"--dct=2023-02-03T10:00"_s};
        QTest::newRow("dct missing value") << QStringList{u"extract"_s, abcFile, u"--dct"_s};
        QTest::newRow("bad format") << QStringList{u"extract"_s, abcFile, u"--format"_s, u"xml"_s};
        QTest::newRow("annotate dir without -o") << QStringList{u"annotate"_s, corpus + u"/AQUAINT"_s};
        QTest::newRow("annotate bad jobs") << QStringList{u"annotate"_s, abcFile, u"--jobs"_s, u"0"_s};
        QTest::newRow("eval one argument") << QStringList{u"eval"_s, corpus};
        QTest::newRow("eval file against dir") << QStringList{u"eval"_s, abcFile, corpus};
        QTest::newRow("eval-tagger nothing") << QStringList{u"eval-tagger"_s};
    }

    void badUsage()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.startsWith("chronoline-cli"));
        QCOMPARE(r.err.count('\n'), 1);   // one line
    }

    void unreadableInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        const QString dir = m_tmp.path();
        QVERIFY(writeFile(dir + u"/latin1.txt"_s, "Caf\xe9 opened on May 5, 2021.\n"));
        QVERIFY(writeFile(dir + u"/binary.txt"_s, QByteArray("\x7f" "ELF\x02\x01\x01\x00\x00\x00", 10)));
        QVERIFY(writeFile(dir + u"/empty.txt"_s, QByteArray()));
        QVERIFY(writeFile(dir + u"/broken.tml"_s, "<TimeML><TEXT>On <TIMEX3 tid=\"t1\" type=\"DATE\">May</TEXT>"));
        QTest::newRow("missing file") << QStringList{u"extract"_s, dir + u"/none.txt"_s} << QByteArray("none.txt does not exist");
        QTest::newRow("directory") << QStringList{u"extract"_s, dir} << QByteArray("is a folder");
        QTest::newRow("empty") << QStringList{u"extract"_s, dir + u"/empty.txt"_s} << QByteArray("empty.txt is empty");
        QTest::newRow("binary") << QStringList{u"extract"_s, dir + u"/binary.txt"_s} << QByteArray("binary.txt: This looks like a binary file");
        QTest::newRow("unsupported address") << QStringList{u"extract"_s, u"ftp://example.com/a.txt"_s} << QByteArray("only http and https");
        QTest::newRow("malformed timeml") << QStringList{u"extract"_s, dir + u"/broken.tml"_s} << QByteArray("malformed TimeML");
        QTest::newRow("annotate missing") << QStringList{u"annotate"_s, dir + u"/none.tml"_s} << QByteArray("none.tml");
        QTest::newRow("annotate malformed") << QStringList{u"annotate"_s, dir + u"/broken.tml"_s} << QByteArray("malformed TimeML");
        QTest::newRow("annotate plain text") << QStringList{u"annotate"_s, dir + u"/latin1.txt"_s} << QByteArray("latin1.txt");
        QTest::newRow("eval missing") << QStringList{u"eval"_s, dir + u"/a"_s, dir + u"/b"_s} << QByteArray("no such file");
        QTest::newRow("eval-tagger missing") << QStringList{u"eval-tagger"_s, dir + u"/nothing"_s} << QByteArray("nothing");
        QTest::newRow("eval-tagger no tml") << QStringList{u"eval-tagger"_s, dir + u"/"_s} << QByteArray();
    }

    void unreadableInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Run r = run(arguments);
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }

    void jsonShape()
    {
        const QString path = m_tmp.filePath(u"meeting.txt"_s);
        QVERIFY(writeFile(path, "\n  Leaders meet in Geneva  \n\nThe leaders met in Geneva on May 5, 2021. "
                                "They will meet again next year.\n"));
        const Run r = run({u"extract"_s, path, u"--dct"_s, u"2021-05-07"_s});
        QCOMPARE(r.code, 0);
        const json j = json::parse(r.out.toStdString());
        QCOMPARE(keys(j), (std::vector<std::string>{"document", "timexes", "events"}));
        QCOMPARE(keys(j["document"]), (std::vector<std::string>{"title", "dct", "dctSource", "length"}));
        QCOMPARE(j["document"]["title"].get<std::string>(), std::string("Leaders meet in Geneva"));
        QCOMPARE(j["document"]["dct"].get<std::string>(), std::string("2021-05-07"));
        QCOMPARE(j["document"]["dctSource"].get<std::string>(), std::string("option"));
        QCOMPARE(j["document"]["length"].get<int>(), 103);   // ASCII: bytes = code points
        QVERIFY(j["timexes"].is_array() && !j["timexes"].empty());
        for (const json &t : j["timexes"]) {
            QCOMPARE(keys(t), (std::vector<std::string>{"id", "text", "start", "end", "type", "value", "mod", "anchor"}));
            QVERIFY(t["mod"].is_null() || t["mod"].is_string());
            QVERIFY(t["anchor"].is_null() || t["anchor"].is_string());
        }
        QVERIFY(j["events"].is_array());
        for (const json &e : j["events"]) {
            QCOMPARE(keys(e), (std::vector<std::string>{"id", "title", "trigger", "participants", "sentence",
                                                         "timex", "value", "mod", "interval", "certainty",
                                                         "status", "salience", "mentions"}));
            QCOMPARE(keys(e["sentence"]), (std::vector<std::string>{"start", "end", "text"}));
        }
        // Without --dct there is no date and nothing says otherwise.
        const Run none = run({u"extract"_s, path});
        QCOMPARE(none.code, 0);
        const json n = json::parse(none.out.toStdString());
        QVERIFY(n["document"]["dct"].is_null());
        QCOMPARE(n["document"]["dctSource"].get<std::string>(), std::string("none"));
    }

    // The emoji is one code point but two UTF-16 units: a UTF-16 offset
    // would put "May" at 6, the published code point offset is 5.
    void codePointOffsets()
    {
        const QByteArray text = "\xF0\x9F\x98\x80 On May 5, 2021 the \xF0\x9F\x8C\x8D summit opened.";
        const Run r = run({u"extract"_s, u"-"_s}, text);
        QCOMPARE(r.code, 0);
        const json j = json::parse(r.out.toStdString());
        const auto ucs4 = QString::fromUtf8(text).toUcs4();
        QCOMPARE(j["document"]["length"].get<qsizetype>(), ucs4.size());
        bool sawMay = false;
        for (const json &t : j["timexes"]) {
            const qsizetype start = t["start"].get<qsizetype>();
            const qsizetype end = t["end"].get<qsizetype>();
            QVERIFY(0 <= start && start <= end && end <= ucs4.size());
            const QString slice = QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()) + start,
                                                    end - start);
            QCOMPARE(slice, QString::fromStdString(t["text"].get<std::string>()));
            if (slice.startsWith(u"May 5"_s)) {
                sawMay = true;
                QCOMPARE(start, 5);
            }
        }
        QVERIFY2(sawMay, r.out.constData());
    }

    void tsv()
    {
        const Run r = run({u"extract"_s, u"-"_s, u"--format"_s, u"tsv"_s, u"--dct"_s, u"2021-05-07"_s},
                          "\xF0\x9F\x98\x80 On May 5, 2021 they met, and again on Friday.");
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY(!lines.isEmpty());
        for (const QByteArray &line : lines) {
            const QList<QByteArray> cells = line.split('\t');
            QCOMPARE(cells.size(), 7);
            bool ok = false;
            const int start = cells[1].toInt(&ok);
            QVERIFY(ok);
            QVERIFY(cells[2].toInt(&ok) > start && ok);
            QVERIFY(QList<QByteArray>({"DATE", "TIME", "DURATION", "SET"}).contains(cells[3]));
        }
        QVERIFY(lines[0].startsWith("t1\t5\t"));
    }

    // --no-events gives the same document and expressions and an empty event
    // list, and the TSV is the same with or without it.
    void noEvents()
    {
        const QByteArray text = "The leaders met in Geneva on May 5, 2021. They will meet again next year.";
        const QStringList args{u"extract"_s, u"-"_s, u"--dct"_s, u"2021-05-07"_s};
        const Run with = run(args, text);
        const Run without = run(args + QStringList{u"--no-events"_s}, text);
        QCOMPARE(with.code, 0);
        QCOMPARE(without.code, 0);
        const json w = json::parse(with.out.toStdString());
        const json n = json::parse(without.out.toStdString());
        QVERIFY(!w["events"].empty());
        QVERIFY(n["events"].is_array() && n["events"].empty());
        QCOMPARE(n["document"], w["document"]);
        QCOMPARE(n["timexes"], w["timexes"]);
        const Run tsv = run(args + QStringList{u"--format"_s, u"tsv"_s}, text);
        const Run tsvWithout = run(args + QStringList{u"--format"_s, u"tsv"_s, u"--no-events"_s}, text);
        QCOMPARE(tsv.code, 0);
        QCOMPARE(tsvWithout.out, tsv.out);
        QCOMPARE(tsv.out.count('\n'), qsizetype(w["timexes"].size()));
    }

    // Output that cannot be written (a full disk) is an error, not a silent success.
    void fullOutputIsAnError()
    {
        if (!QFileInfo::exists(u"/dev/full"_s))
            QSKIP("no /dev/full on this system");
        QProcess p;
        p.setStandardOutputFile(u"/dev/full"_s);
        p.start(cli, {u"extract"_s, u"-"_s, u"--dct"_s, u"2021-05-07"_s});
        QVERIFY(p.waitForStarted(10000));
        p.write("The leaders met in Geneva on May 5, 2021.");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("cannot write the output"));
    }

    void timemlInput()
    {
        const Run r = run({u"extract"_s, abcFile});
        QCOMPARE(r.code, 0);
        const json j = json::parse(r.out.toStdString());
        QCOMPARE(j["document"]["dct"].get<std::string>(), std::string("1998-01-08"));
        QCOMPARE(j["document"]["dctSource"].get<std::string>(), std::string("timeml"));
        QCOMPARE(j["document"]["title"].get<std::string>(),
                 std::string("On the other hand, it's turning out to be another very bad financial week for Asia. "
                             "The financial assistance from the World Bank and the International Monetary Fund "
                             "are not helping. In the last twenty four hours, the value of the Indonesian stock "
                             "market has fallen by twelve percent. The Indonesian currency has lost twenty six "
                             "percent of its value. In Singapore, stocks hit a five year low. In the Philippines, "
                             "a four year low. And in Hong Kong, a three percent drop. More problems in Hong Kong "
                             "for a place, for an economy, that many experts thought was once invincible. Here's "
                             "ABC's Jim Laurie."));
        const Run over = run({u"extract"_s, abcFile, u"--dct"_s, u"2000-02-29"_s});
        QCOMPARE(over.code, 0);
        const json o = json::parse(over.out.toStdString());
        QCOMPARE(o["document"]["dct"].get<std::string>(), std::string("2000-02-29"));
        QCOMPARE(o["document"]["dctSource"].get<std::string>(), std::string("option"));
    }

    // stdin goes through the same loaders as a file: nothing, or a binary
    // stream, is an input error rather than an empty document.
    void unreadableStdin_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("empty") << QByteArray() << QByteArray("stdin is empty");
        QTest::newRow("blank") << QByteArray(" \n\n \n") << QByteArray("stdin contains no text");
        QTest::newRow("binary") << QByteArray("GIF89a\x01\x00\x01\x00\x00\x00\x00", 13) << QByteArray("stdin: This looks like a binary file");
    }

    void unreadableStdin()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, message);
        const Run r = run({u"extract"_s, u"-"_s}, input);
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith("chronoline-cli extract: ") && r.err.contains(message), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }

    // The date from the page's metadata; "Last month" hangs on it.
    void htmlInput()
    {
        const QString path = m_tmp.filePath(u"council.html"_s);
        QVERIFY(writeFile(path, councilPage));
        for (const QString &source : {path, u"-"_s}) {
            const Run r = run({u"extract"_s, source}, source == u"-" ? councilPage : QByteArray());
            QCOMPARE(r.code, 0);
            const json j = json::parse(r.out.toStdString());
            QCOMPARE(j["document"]["title"].get<std::string>(), std::string("Council vote"));
            QCOMPARE(j["document"]["dct"].get<std::string>(), std::string("2023-03-14"));
            QCOMPARE(j["document"]["dctSource"].get<std::string>(), std::string("html-meta"));
            QCOMPARE(j["document"]["length"].get<int>(), 29);   // the article text, no markup
            QCOMPARE(j["timexes"].size(), size_t(1));
            QCOMPARE(j["timexes"][0]["text"].get<std::string>(), std::string("Last month"));
            QCOMPARE(j["timexes"][0]["value"].get<std::string>(), std::string("2023-02"));
        }
        const Run over = run({u"extract"_s, path, u"--dct"_s, u"2020-01-01"_s});
        QCOMPARE(over.code, 0);
        const json o = json::parse(over.out.toStdString());
        QCOMPARE(o["document"]["dct"].get<std::string>(), std::string("2020-01-01"));
        QCOMPARE(o["document"]["dctSource"].get<std::string>(), std::string("option"));
        QCOMPARE(o["timexes"][0]["value"].get<std::string>(), std::string("2019-12"));
    }

    // A wire dateline dates the story. Without a year anywhere it is not
    // used (the year would be invented); a year in the file name completes it.
    void datelineInput()
    {
        const QByteArray wire = "WASHINGTON, March 14 (Reuters) - The Senate voted on Tuesday.\n";
        const QString bare = m_tmp.filePath(u"wire.txt"_s);
        const QString named = m_tmp.filePath(u"wire-2023-03-15.txt"_s);
        const QString withYear = m_tmp.filePath(u"wire-year.txt"_s);
        QVERIFY(writeFile(bare, wire));
        QVERIFY(writeFile(named, wire));
        QVERIFY(writeFile(withYear, "WASHINGTON, March 14, 2023 (Reuters) - The Senate voted on Tuesday.\n"));
        for (const QString &path : {named, withYear}) {
            const Run r = run({u"extract"_s, path});
            QCOMPARE(r.code, 0);
            const json j = json::parse(r.out.toStdString());
            QCOMPARE(j["document"]["dct"].get<std::string>(), std::string("2023-03-14"));
            QCOMPARE(j["document"]["dctSource"].get<std::string>(), std::string("dateline"));
        }
        const Run r = run({u"extract"_s, bare});
        QCOMPARE(r.code, 0);
        const json j = json::parse(r.out.toStdString());
        QVERIFY(j["document"]["dct"].is_null());
        QCOMPARE(j["document"]["dctSource"].get<std::string>(), std::string("none"));
    }

    // Text that is not UTF-8 is no longer refused: the loaders recognise
    // windows-1252 / Latin-1.
    void latin1Input()
    {
        const QString path = m_tmp.filePath(u"cafe.txt"_s);
        QVERIFY(writeFile(path, "Caf\xe9 opened on May 5, 2021.\n"));
        const Run r = run({u"extract"_s, path});
        QCOMPARE(r.code, 0);
        const json j = json::parse(r.out.toStdString());
        QCOMPARE(QString::fromStdString(j["document"]["title"].get<std::string>()), u"Caf\u00e9 opened on May 5, 2021."_s);
        QCOMPARE(j["timexes"][0]["value"].get<std::string>(), std::string("2021-05-05"));
    }

    void render()
    {
        if (!haveRender())
            QSKIP("chronoline-cli was built without render (CHRONOLINE_BUILD_GUI=OFF)");
        const QString page = m_tmp.filePath(u"render-council.html"_s);
        QVERIFY(writeFile(page, councilPage));
        const QTemporaryDir out;
        QVERIFY(out.isValid());

        const QString png = out.filePath(u"timeline.png"_s);
        Run r = run({u"render"_s, page, u"-o"_s, png, u"--width"_s, u"800"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.isEmpty());
        QByteArray bytes = readFile(png);
        QVERIFY(bytes.size() > 24);
        QCOMPARE(bytes.left(8), QByteArray("\x89PNG\r\n\x1a\n"));
        QCOMPARE(bytes.mid(12, 4), QByteArray("IHDR"));
        const auto be32 = [](const QByteArray &b, int at) {
            return quint32(quint8(b[at])) << 24 | quint32(quint8(b[at + 1])) << 16
                 | quint32(quint8(b[at + 2])) << 8 | quint32(quint8(b[at + 3]));
        };
        QCOMPARE(be32(bytes, 16), 800u);
        QVERIFY(be32(bytes, 20) > 0);

        // --scale multiplies the PNG's pixels.
        const QString sharp = out.filePath(u"sharp.PNG"_s);
        r = run({u"render"_s, page, u"-o"_s, sharp, u"--width"_s, u"800"_s, u"--scale"_s, u"2"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        bytes = readFile(sharp);
        QVERIFY(bytes.size() > 24 && bytes.startsWith("\x89PNG"));
        QCOMPARE(be32(bytes, 16), 1600u);

        const QString svg = out.filePath(u"timeline.svg"_s);
        r = run({u"render"_s, page, u"-o"_s, svg});
        QVERIFY2(r.code == 0, r.err.constData());
        QXmlStreamReader xml(readFile(svg));
        bool sawRoot = false;
        QString text;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && !sawRoot) {
                QCOMPARE(xml.name(), u"svg"_s);
                sawRoot = true;
            }
            if (xml.isCharacters())
                text += xml.text();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(sawRoot);
        QVERIFY2(text.contains(u"Council voted"_s), qPrintable(text.left(500)));

        const QString pdf = out.filePath(u"timeline.pdf"_s);
        r = run({u"render"_s, page, u"-o"_s, pdf, u"--dct"_s, u"2023-03-14"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        bytes = readFile(pdf);
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));

        // No display and no platform chosen: chronoline-cli picks offscreen itself.
        QProcessEnvironment bare = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
            bare.remove(name);
        const QString headless = out.filePath(u"headless.png"_s);
        r = run({u"render"_s, page, u"-o"_s, headless}, {}, bare);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(readFile(headless).startsWith("\x89PNG"));
    }

    void renderErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("message");
        const QString page = m_tmp.filePath(u"render-council.html"_s);
        const QString png = m_tmp.filePath(u"never.png"_s);
        QVERIFY(writeFile(page, councilPage));
        QTest::newRow("no -o") << QStringList{u"render"_s, page} << 2 << QByteArray("missing -o");
        QTest::newRow("bad suffix") << QStringList{u"render"_s, page, u"-o"_s, m_tmp.filePath(u"x.jpg"_s)} << 2 << QByteArray("must end in .png, .svg or .pdf");
        QTest::newRow("narrow") << QStringList{u"render"_s, page, u"-o"_s, png, u"--width"_s, u"100"_s} << 2 << QByteArray("--width");
        QTest::newRow("bad scale") << QStringList{u"render"_s, page, u"-o"_s, png, u"--scale"_s, u"x"_s} << 2 << QByteArray("--scale");
        QTest::newRow("no file") << QStringList{u"render"_s, u"-o"_s, png} << 2 << QByteArray("missing argument");
        QTest::newRow("missing input") << QStringList{u"render"_s, m_tmp.filePath(u"none.html"_s), u"-o"_s, png} << 1 << QByteArray("none.html does not exist");
        QTest::newRow("empty input") << QStringList{u"render"_s, u"-"_s, u"-o"_s, png} << 1 << QByteArray("stdin is empty");
    }

    void renderErrors()
    {
        if (!haveRender())
            QSKIP("chronoline-cli was built without render (CHRONOLINE_BUILD_GUI=OFF)");
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QByteArray, message);
        const Run r = run(arguments);
        QCOMPARE(r.code, code);
        QVERIFY(r.out.isEmpty());
        // Qt may add its own warnings (QStandardPaths with no XDG_RUNTIME_DIR);
        // ours is one line.
        QVERIFY2(r.err.contains("chronoline-cli render: ") && r.err.contains(message), r.err.constData());
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(u"never.png"_s)));
    }

    void annotateWritesTimeML()
    {
        const Run r = run({u"annotate"_s, abcFile});
        QCOMPARE(r.code, 0);
        QString error;
        const auto out = TimeMLReader::parse(r.out, &error);
        QVERIFY2(out, qPrintable(error));
        const auto gold = TimeMLReader::readFile(abcFile);
        QVERIFY(gold);
        QCOMPARE(out->docId, gold->docId);
        QCOMPARE(out->dct, gold->dct);
        QCOMPARE(out->text, gold->text);
        QVERIFY(!out->timexes.empty());
        QVERIFY(out->events.empty());   // gold markup is not copied
        for (const Timex &t : out->timexes)
            QCOMPARE(out->text.mid(t.start, t.end - t.start), t.text);

        const Run dated = run({u"annotate"_s, abcFile, u"--dct"_s, u"2001-09-11"_s});
        QCOMPARE(dated.code, 0);
        const auto redated = TimeMLReader::parse(dated.out);
        QVERIFY(redated);
        QCOMPARE(redated->dct->value, u"2001-09-11"_s);
        QCOMPARE(redated->text, gold->text);
    }

    // annotate DIR -o OUT, then eval GOLD OUT: every file written, scores
    // between 0 and 1, and eval-tagger (in memory) agrees with eval.
    void annotateDirectoryThenEval()
    {
        const QString gold = corpus + u"/AQUAINT"_s;
        const QString out = m_tmp.filePath(u"annotated"_s);
        const Run a = run({u"annotate"_s, gold, u"-o"_s, out});
        QCOMPARE(a.code, 0);
        QCOMPARE(QDir(out).entryList({u"*.tml"_s}, QDir::Files).size(), 73);
        const Run e = run({u"eval"_s, gold, out, u"--json"_s});
        QCOMPARE(e.code, 0);
        const json scores = json::parse(e.out.toStdString());
        QCOMPARE(scores["files"].get<int>(), 73);
        QCOMPARE(scores["gold"].get<int>(), 579);
        const double f1 = scores["relaxed"]["f1"].get<double>();
        QVERIFY(f1 > 0 && f1 <= 1);
        const Run t = run({u"eval-tagger"_s, gold, u"--json"_s});
        QCOMPARE(t.code, 0);
        const json direct = json::parse(t.out.toStdString());
        QCOMPARE(direct["relaxed"], scores["relaxed"]);
        QCOMPARE(direct["strict"], scores["strict"]);
        QCOMPARE(direct["value"], scores["value"]);
    }

    void evalAgainstItself()
    {
        const QString gold = corpus + u"/TimeBank"_s;
        const Run r = run({u"eval"_s, gold, gold, u"--json"_s});
        QCOMPARE(r.code, 0);
        const json s = json::parse(r.out.toStdString());
        QCOMPARE(s["files"].get<int>(), 183);
        QCOMPARE(s["gold"].get<int>(), 1243);
        QCOMPARE(s["system"].get<int>(), 1243);
        for (const char *measure : {"strict", "relaxed"}) {
            QCOMPARE(s[measure]["precision"].get<double>(), 1.0);
            QCOMPARE(s[measure]["recall"].get<double>(), 1.0);
            QCOMPARE(s[measure]["f1"].get<double>(), 1.0);
        }
        QCOMPARE(s["type"]["f1"].get<double>(), 1.0);
        QCOMPARE(s["value"]["f1"].get<double>(), 1.0);
        const Run table = run({u"eval"_s, gold, gold});
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.contains("relaxed         1.0000    1.0000    1.0000      1243"));
    }

    // One gold file without a system file: warned about, and its
    // expressions count as missed (recall drops, precision does not).
    void evalMissingSystemFile()
    {
        const QString gold = m_tmp.filePath(u"gold"_s);
        const QString system = m_tmp.filePath(u"system"_s);
        QVERIFY(QDir().mkpath(gold) && QDir().mkpath(system));
        const QString a = u"ABC19980108.1830.0711.tml"_s;
        const QString b = u"ABC19980114.1830.0611.tml"_s;
        for (const QString &name : {a, b})
            QVERIFY(QFile::copy(corpus + u"/TimeBank/"_s + name, gold + u'/' + name));
        QVERIFY(QFile::copy(corpus + u"/TimeBank/"_s + a, system + u'/' + a));
        const Run r = run({u"eval"_s, gold, system, u"--json"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains("warning") && r.err.contains(b.toUtf8()), r.err.constData());
        const json s = json::parse(r.out.toStdString());
        const auto goldA = TimeMLReader::readFile(gold + u'/' + a);
        QVERIFY(goldA);
        const int inA = int(goldA->timexes.size());
        QCOMPARE(s["relaxed"]["precision"].get<double>(), 1.0);
        QCOMPARE(s["relaxed"]["recall"].get<double>(), double(inA) / s["gold"].get<double>());
        QVERIFY(s["relaxed"]["recall"].get<double>() < 1.0);
        QCOMPARE(s["missingSystemFiles"], json::parse(R"(["ABC19980114.1830.0611.tml"])"));
    }

    void evalTaggerErrors()
    {
        const Run r = run({u"eval-tagger"_s, abcFile, u"--errors"_s});
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines[0], QByteArray("file\tkind\tgold_text\tgold_value\tsystem_text\tsystem_value\tcontext\t"
                                      "gold_type\tsystem_type\toffset\tdct"));
        for (const QByteArray &line : lines.mid(1)) {
            const QList<QByteArray> cells = line.split('\t');
            QCOMPARE(cells.size(), 11);
            QCOMPARE(cells[0], QByteArray("ABC19980108.1830.0711.tml"));
            QVERIFY(cells[6].contains("[[") && cells[6].contains("]]"));
            QCOMPARE(cells[10], QByteArray("1998-01-08"));
        }
        QVERIFY(r.err.contains("relaxed"));   // the scores go to stderr
    }

private:
    QTemporaryDir m_tmp;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
