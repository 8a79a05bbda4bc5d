#include "project/ProjectReader.h"
#include "project/ProjectWriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace chronoline;
using namespace Qt::Literals::StringLiterals;

namespace {

// An emoji before the events so that code point and UTF-16 offsets differ.
const QString Text = u"\U0001F600 Xi met Putin on March 21. The G20 meets in September. Talks resumed."_s;

Event event(const char *id, const char *title, qsizetype start, qsizetype end, const char *value,
            std::optional<EventInterval> interval)
{
    Event e;
    e.id = QString::fromLatin1(id);
    e.title = QString::fromUtf8(title);
    e.trigger = u"met"_s;
    e.participants = {u"Xi"_s, u"Putin"_s, u"Moscow"_s};
    e.places = {u"Moscow"_s};
    e.sentence = {start, end, Text.mid(start, end - start)};
    e.timexId = u"t1"_s;
    e.value = QString::fromLatin1(value);
    e.mod = u"APPROX"_s;
    e.interval = interval;
    e.certainty = Certainty::Inferred;
    e.status = EventStatus::Expected;
    e.salience = 0.75;
    e.mentions.push_back({e.sentence, u"t1"_s});
    e.mentions.push_back({{start, end, e.sentence.text}, QString()});
    return e;
}

ProjectFile sampleProject()
{
    ProjectFile p;
    p.document.text = Text;
    p.document.title = u"Xi to meet Putin — “quotes” and ünïcödé"_s;
    p.document.sourcePath = u"https://example.org/news?id=1&x=2"_s;
    p.document.dct = QDate(2023, 3, 14);
    p.document.dctSource = DctSource::Dateline;
    p.events.push_back(event("e1", "Xi met Putin", 3, 29, "2023-03-21",
                             EventInterval{QDate(2023, 3, 21), QDate(2023, 3, 22)}));
    p.events.push_back(event("e2", "G20 meets", 30, 56, "2023-09", EventInterval{QDate(2023, 9, 1), std::nullopt}));
    p.events.push_back(event("e3", "Talks resumed", 57, 71, "PXW", std::nullopt));
    p.events[2].endTimexId = u"t4"_s;
    p.events[2].endValue = u"2023-10"_s;

    std::vector<ProjectEdit> edits;
    edits.push_back(ProjectEdit::rename(u"e1"_s, u"Xi visits Moscow"_s));
    edits.push_back(ProjectEdit::setDate(u"e2"_s, u"2023-09-09"_s, u"2023-09-10"_s));
    edits.push_back(ProjectEdit::setCertainty(u"e1"_s, Certainty::Explicit));
    edits.push_back(ProjectEdit::remove(u"e3"_s));
    Event added = event("u1", "Hand-made event", 3, 29, "2023-04", EventInterval{QDate(2023, 4, 1), QDate(2023, 5, 1)});
    added.mentions.clear();
    edits.push_back(ProjectEdit::add(added));
    Event placed = event("u2", "Placed from the tray", 57, 71, "2023-06",
                         EventInterval{QDate(2023, 6, 1), QDate(2023, 7, 1)});
    edits.push_back(ProjectEdit::placeExpression(u"t9"_s, placed));
    edits.push_back(ProjectEdit::placeEvent(u"e3"_s, u"2023-05-02"_s));
    p.edits = ProjectEdits(std::move(edits));
    return p;
}

QByteArray validJson()
{
    return ProjectWriter::toJson(sampleProject());
}

} // namespace

class TestProjectFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Every field of the document, every event field and every kind of edit
    // come back as they were written, through a file on disk.
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.chronoline"_s);
        const ProjectFile written = sampleProject();
        QString error;
        QVERIFY2(ProjectWriter::save(path, written, &error), qPrintable(error));
        const ProjectReadResult read = ProjectReader::read(path);
        QVERIFY2(read.ok(), qPrintable(read.error));
        const ProjectFile &p = *read.project;
        QCOMPARE(p.document.text, written.document.text);
        QCOMPARE(p.document.title, written.document.title);
        QCOMPARE(p.document.sourcePath, written.document.sourcePath);
        QCOMPARE(p.document.dct, written.document.dct);
        QCOMPARE(p.document.dctSource, written.document.dctSource);
        QCOMPARE(p.events.size(), written.events.size());
        for (size_t i = 0; i < p.events.size(); ++i)
            QVERIFY2(p.events[i] == written.events[i], qPrintable(written.events[i].id));
        QCOMPARE(p.edits.size(), qsizetype(7));
        for (qsizetype i = 0; i < p.edits.size(); ++i)
            QVERIFY2(p.edits.list()[size_t(i)] == written.edits.list()[size_t(i)], qPrintable(QString::number(i)));
        QVERIFY(p.savedPath.isEmpty());
        // Writing what was read gives the same bytes: nothing is lost or reordered.
        QCOMPARE(ProjectWriter::toJson(p), ProjectWriter::toJson(written));
    }

    // The edits, applied, give what the reader saw.
    void editsApplyAfterLoading()
    {
        const ProjectReadResult read = ProjectReader::parse(validJson());
        QVERIFY2(read.ok(), qPrintable(read.error));
        const Events events = read.project->editedEvents();
        QStringList ids;
        for (const Event &e : events)
            ids.append(e.id);
        QCOMPARE(ids, (QStringList{u"e1"_s, u"e2"_s, u"u1"_s, u"u2"_s}));   // e3 deleted (its later placing skipped)
        QCOMPARE(events[0].title, u"Xi visits Moscow"_s);
        QCOMPARE(events[0].certainty, Certainty::Explicit);
        QCOMPARE(events[1].value, u"2023-09-09"_s);
        QCOMPARE(events[1].mod, QString());
        QCOMPARE(events[1].interval, (EventInterval{QDate(2023, 9, 9), QDate(2023, 9, 11)}));
        QCOMPARE(events[3].title, u"Placed from the tray"_s);
    }

    void offsetsAreCodePoints()
    {
        const QByteArray json = validJson();
        // "Xi" starts at UTF-16 offset 3 but code point 2 (the emoji is one code point).
        QVERIFY2(json.contains("\"start\": 2"), json.left(800).constData());
        QVERIFY(!json.contains("\"start\": 3,"));
    }

    void autosaveKeepsItsSavedPath()
    {
        ProjectFile p = sampleProject();
        p.savedPath = u"/home/reader/xi.chronoline"_s;
        const ProjectReadResult read = ProjectReader::parse(ProjectWriter::toJson(p));
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.project->savedPath, p.savedPath);
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");   // a part of the message the reader must see
        const QByteArray good = validJson();
        auto replaced = [&good](const char *from, const char *to) {
            QByteArray b = good;
            const qsizetype at = b.indexOf(from);
            Q_ASSERT(at >= 0);
            return b.replace(at, qsizetype(qstrlen(from)), to);
        };
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("whitespace") << QByteArray(" \n\t ") << u"empty"_s;
        QTest::newRow("not json") << QByteArray("hello world") << u"not valid JSON"_s;
        QTest::newRow("truncated") << good.left(good.size() / 2) << u"not valid JSON"_s;
        QTest::newRow("truncated at 1 byte") << good.left(1) << u"not valid JSON"_s;
        QTest::newRow("trailing garbage") << good + "}" << u"not valid JSON"_s;
        QTest::newRow("invalid utf-8") << replaced("Hand-made", "Hand\xff\xfe-made") << u"UTF-8"_s;
        QTest::newRow("overlong utf-8") << replaced("Hand-made", "Hand\xc0\xafmade") << u"UTF-8"_s;
        QTest::newRow("lone surrogate escape") << replaced("Hand-made", "Hand\\ud800made") << u"not valid JSON"_s;
        QTest::newRow("array root") << QByteArray("[1, 2, 3]") << u"expected an object"_s;
        QTest::newRow("other json") << QByteArray(R"({"title": "x"})") << u"not a Chronoline project"_s;
        QTest::newRow("wrong format") << replaced("chronoline-project", "chronoline-export") << u"not a Chronoline project"_s;
        QTest::newRow("version missing") << replaced("\"version\": 1,", "") << u"“version” is missing"_s;
        QTest::newRow("version text") << replaced("\"version\": 1", "\"version\": \"1\"") << u"version: expected a whole number"_s;
        QTest::newRow("version zero") << replaced("\"version\": 1", "\"version\": 0") << u"out of range"_s;
        QTest::newRow("version fraction") << replaced("\"version\": 1", "\"version\": 1.5") << u"whole number"_s;
        QTest::newRow("document missing") << replaced("\"document\"", "\"documents\"") << u"“document” is missing"_s;
        QTest::newRow("document not object") << QByteArray(R"({"format": "chronoline-project", "version": 1, "document": 5})")
                                           << u"document: expected an object, found number"_s;
        QTest::newRow("text missing") << replaced("\"text\": \"\xf0\x9f\x98\x80", "\"txet\": \"\xf0\x9f\x98\x80")
                                      << u"document: “text” is missing"_s;
        QTest::newRow("bad dct") << replaced("2023-03-14", "2023-02-30") << u"document.dct: “2023-02-30” is not a date"_s;
        QTest::newRow("dct number") << replaced("\"2023-03-14\"", "20230314") << u"document.dct: expected text"_s;
        QTest::newRow("bad dct source") << replaced("\"dateline\"", "\"oracle\"") << u"unknown date source"_s;
        QTest::newRow("events missing") << replaced("\"events\"", "\"eventz\"") << u"“events” is missing"_s;
        QTest::newRow("events object") << replaced("\"events\": [", "\"events\": {\"a\": [") .replace("\"edits\"", "\"x\": 1}, \"edits\"")
                                       << u"events: expected a list"_s;
        QTest::newRow("event title number") << replaced("\"title\": \"Xi met Putin\"", "\"title\": 42")
                                            << u"events[0].title: expected text, found number"_s;
        QTest::newRow("event id empty") << replaced("\"id\": \"e2\"", "\"id\": \"\"") << u"events[1].id: is empty"_s;
        QTest::newRow("duplicate id") << replaced("\"id\": \"e2\"", "\"id\": \"e1\"") << u"used by an earlier event"_s;
        QTest::newRow("offset past the end") << replaced("\"end\": 28", "\"end\": 99999") << u"out of range"_s;
        QTest::newRow("negative offset") << replaced("\"start\": 2", "\"start\": -1") << u"out of range"_s;
        QTest::newRow("end before start") << replaced("\"end\": 28", "\"end\": 1") << u"out of range"_s;
        QTest::newRow("huge offset") << replaced("\"end\": 28", "\"end\": 18446744073709551615") << u"out of range"_s;
        QTest::newRow("interval backwards") << replaced("\"end\": \"2023-03-22\"", "\"end\": \"2023-03-01\"")
                                            << u"ends before it starts"_s;
        QTest::newRow("bad certainty") << replaced("\"certainty\": \"inferred\"", "\"certainty\": \"maybe\"")
                                       << u"unknown certainty"_s;
        QTest::newRow("bad status") << replaced("\"status\": \"expected\"", "\"status\": \"soon\"") << u"unknown status"_s;
        QTest::newRow("salience text") << replaced("\"salience\": 0.75", "\"salience\": \"high\"") << u"salience"_s;
        QTest::newRow("mentions not list") << replaced("\"mentions\": [", "\"mentions\": 3, \"x\": [") << u"mentions: expected a list"_s;
        QTest::newRow("edits not list") << replaced("\"edits\": [", "\"edits\": {\"a\": [").replace("\n  ]\n}", "\n  ]}\n}")
                                        << u"edits: expected a list"_s;
        QTest::newRow("unknown edit") << replaced("\"op\": \"rename\"", "\"op\": \"explode\"") << u"edits[0].op: unknown edit"_s;
        QTest::newRow("rename without title") << replaced("\"title\": \"Xi visits Moscow\"", "\"name\": \"x\"")
                                              << u"edits[0]: “title” is missing"_s;
        QTest::newRow("add without event") << replaced("\"op\": \"add\",\n      \"event\"", "\"op\": \"add\",\n      \"evnt\"")
                                           << u"edits[4]: “event” is missing"_s;
        QTest::newRow("place target number") << replaced("\"event\": \"e3\",\n      \"value\"", "\"event\": 3,\n      \"value\"")
                                             << u"edits[6].event: expected text"_s;
        QTest::newRow("deep nesting") << QByteArray(100000, '[') << u"nests deeper"_s;
        QTest::newRow("nul bytes") << QByteArray(64, '\0') << u"not valid JSON"_s;
    }
    void brokenFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const ProjectReadResult read = ProjectReader::parse(bytes);
        QVERIFY(!read.ok());
        QCOMPARE(read.newerVersion, 0);
        QVERIFY2(read.error.contains(error), qPrintable(read.error));
        QVERIFY2(read.error.startsWith(u"The project file cannot be read: "_s), qPrintable(read.error));
    }

    // Every prefix of a valid file is an error, never a crash or a project.
    void everyTruncationFails()
    {
        const QByteArray good = validJson();
        for (qsizetype n = 0; n < good.size() - 2; n += 7)
            QVERIFY2(!ProjectReader::parse(good.left(n)).ok(), qPrintable(QString::number(n)));
    }

    void hugeFileRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"huge.chronoline"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(ProjectReader::MaxFileSize + 1));   // sparse: costs no disk
        f.close();
        const ProjectReadResult read = ProjectReader::read(path);
        QVERIFY(!read.ok());
        QVERIFY2(read.error.contains(u"too large"_s), qPrintable(read.error));
    }

    void missingFile()
    {
        const ProjectReadResult read = ProjectReader::read(u"/nonexistent/x.chronoline"_s);
        QVERIFY(!read.ok());
        QVERIFY2(read.error.contains(u"x.chronoline"_s), qPrintable(read.error));
    }

    void newerVersionRefused_data()
    {
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<int>("expected");
        QTest::newRow("2") << QByteArray("2") << 2;
        QTest::newRow("17") << QByteArray("17") << 17;
        QTest::newRow("beyond int") << QByteArray("99999999999") << std::numeric_limits<int>::max();
    }
    void newerVersionRefused()
    {
        QFETCH(QByteArray, version);
        QFETCH(int, expected);
        // A newer file may hold anything else; the version alone decides.
        const QByteArray bytes = "{\"format\": \"chronoline-project\", \"version\": " + version
                                 + ", \"document\": {\"shape\": \"unknown to us\"}}";
        const ProjectReadResult read = ProjectReader::parse(bytes);
        QVERIFY(!read.ok());
        QCOMPARE(read.newerVersion, expected);
        QVERIFY2(read.error.contains(u"newer Chronoline (file format version %1); this one reads up to version 1"_s
                                         .arg(expected)),
                 qPrintable(read.error));
        QTemporaryDir dir;
        QFile f(dir.filePath(u"n.chronoline"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        QCOMPARE(ProjectReader::declaredVersion(f.fileName()), expected);
    }

    void declaredVersionOfOtherFiles()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"x.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"version\": 5}");
        f.close();
        QCOMPARE(ProjectReader::declaredVersion(f.fileName()), 0);   // not ours
        QCOMPARE(ProjectReader::declaredVersion(dir.filePath(u"missing"_s)), 0);
        ProjectWriter::save(f.fileName(), sampleProject());
        QCOMPARE(ProjectReader::declaredVersion(f.fileName()), 1);
    }

    void scriptedEdits()
    {
        QString error;
        const auto edits = ProjectReader::parseEdits(
            R"([{"op": "rename", "event": "e1", "title": "New"}, {"op": "delete", "event": "e2"}])", Text, &error);
        QVERIFY2(edits, qPrintable(error));
        QCOMPARE(edits->size(), size_t(2));
        QCOMPARE(edits->at(0).title, u"New"_s);
        QCOMPARE(edits->at(1).kind, ProjectEdit::Kind::Delete);
        QVERIFY(!ProjectReader::parseEdits(R"([{"op": "rename"}])", Text, &error));
        QVERIFY2(error.contains(u"“event” is missing"_s), qPrintable(error));
    }
};

QTEST_APPLESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
