#include "timeml/TimeMLReader.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
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

Run run(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess p;
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
        QVERIFY(writeFile(dir + u"/broken.tml"_s, "<TimeML><TEXT>On <TIMEX3 tid=\"t1\" type=\"DATE\">May</TEXT>"));
        QTest::newRow("missing file") << QStringList{u"extract"_s, dir + u"/none.txt"_s} << QByteArray("no such file");
        QTest::newRow("directory") << QStringList{u"extract"_s, dir} << QByteArray("directory");
        QTest::newRow("invalid utf-8") << QStringList{u"extract"_s, dir + u"/latin1.txt"_s} << QByteArray("invalid UTF-8 on line 1");
        QTest::newRow("binary") << QStringList{u"extract"_s, dir + u"/binary.txt"_s} << QByteArray("binary");
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

    void emptyInput()
    {
        const Run r = run({u"extract"_s, u"-"_s}, QByteArray());
        QCOMPARE(r.code, 0);
        const json j = json::parse(r.out.toStdString());
        QCOMPARE(j["document"]["length"].get<int>(), 0);
        QVERIFY(j["timexes"].empty());
        QVERIFY(j["events"].empty());
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
