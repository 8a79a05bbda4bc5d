// OverlappedAnalysis runs the tagger and the extractor side by side on two
// threads. These tests hold it to the one thing that makes that safe: it gives
// exactly what segmenting, tagging and extracting in turn give, on texts long
// enough to come in many pieces, cut between paragraphs or inside one line.
#include "events/EventExtractor.h"
#include "events/MentionLinker.h"
#include "events/PredicateFinder.h"
#include "events/SentenceCache.h"
#include "temporal/TemporalTagger.h"
#include "text/Segmenter.h"
#include "timeline/AnalysisPipeline.h"
#include "timeline/JsonExport.h"
#include "timeline/OverlappedAnalysis.h"
#include "timeline/Timeline.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

#include <limits>

using namespace chronoline;
using namespace Qt::StringLiterals;

namespace {

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString sample()
{
    return readText(QStringLiteral(CHRONOLINE_RESOURCES_DIR "/samples/xi-putin-moscow.txt"));
}

// The text of every TempEval-3 training article, tags dropped, or empty where the data is absent.
QString tempEvalTexts()
{
    QString all;
    const QDir dir(QStringLiteral(CHRONOLINE_SHARED_DIR "/data/tempeval3/train/TimeBank"));
    for (const QString &name : dir.entryList({u"*.tml"_s}, QDir::Files, QDir::Name)) {
        QString text = readText(dir.filePath(name));
        const qsizetype from = text.indexOf(u"<TEXT>"_s), to = text.indexOf(u"</TEXT>"_s);
        if (from < 0 || to < from)
            continue;
        text = text.sliced(from + 6, to - from - 6);
        text.remove(QRegularExpression(u"<[^>]*>"_s));
        all += text + u"\n\n"_s;
    }
    return all;
}

Document documentOf(const QString &text, std::optional<QDate> dct)
{
    Document d;
    d.text = text;
    d.dct = dct;
    d.dctSource = dct ? DctSource::Option : DctSource::None;
    return d;
}

QByteArray json(const Document &d, const Timexes &timexes, const Events &events)
{
    return JsonExport::toJson(d, timexes, events);
}

// What segmenting, tagging and extracting in turn give.
struct InTurn {
    Segmentation sentences;
    Timexes timexes;
    Events events;
};

InTurn analyseInTurn(const Document &d)
{
    InTurn r;
    r.sentences = Segmenter::english().segmentSentences(d.text);
    r.timexes = TemporalTagger::english().tag(d.text, d.dct);
    r.events = EventExtractor::english().extract(d, r.sentences, r.timexes);
    return r;
}

// How the overlapped result differs from the one in turn, or nothing.
QString difference(const Document &d, const InTurn &expected, const OverlappedAnalysis::Result &r)
{
    if (r.segmentation.paragraphs != expected.sentences.paragraphs)
        return u"other paragraphs"_s;
    if (r.segmentation.sentences != expected.sentences.sentences)
        return u"other sentences (spans or paragraph numbers)"_s;
    if (r.timexes.size() != expected.timexes.size() || r.events.size() != expected.events.size())
        return u"%1 expressions and %2 events, not %3 and %4"_s.arg(r.timexes.size()).arg(r.events.size())
            .arg(expected.timexes.size()).arg(expected.events.size());
    if (json(d, r.timexes, r.events) != json(d, expected.timexes, expected.events))
        return u"another JSON export"_s;
    return {};
}

} // namespace

// Everything an analysis says of its sentence, as text, so that two can be
// compared and a difference read.
QString describe(const events::AnalysedSentence &s)
{
    QString out = u"%1 %2-%3 %4\n"_s.arg(s.index).arg(s.start).arg(s.end).arg(s.lower);
    for (const events::Word &w : s.words) {
        out += u"%1-%2 %3 %4 %5 %6 %7 %8 %9|"_s.arg(w.start).arg(w.end).arg(w.text).arg(int(w.tag)).arg(int(w.form))
                   .arg(w.timex).arg(w.clause).arg(w.capitalised).arg(w.initial);
    }
    out += u'\n';
    for (const events::Clause &c : s.clauses)
        out += u"%1 %2-%3 %4 %5 %6|"_s.arg(int(c.kind)).arg(c.first).arg(c.last).arg(c.parent).arg(c.opener).arg(c.antecedent);
    // Predicates are found when asked for and remembered: none yet.
    out += u"\npredicates %1 %2"_s.arg(s.predicates.size()).arg(s.predicateKnown.size());
    return out;
}

class TestOverlappedAnalysis : public QObject {
    Q_OBJECT
private slots:
    void sameAsInTurn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("dct");
        const QString one = sample();
        QVERIFY2(!one.isEmpty(), "the bundled sample is missing");
        QString many, oneLine;
        for (int i = 0; i < 40; ++i)
            many += one + u"\n\n"_s;
        oneLine = QString(many).replace(u'\n', u' ');
        QTest::newRow("sample") << one << QDate(2023, 3, 14);
        QTest::newRow("sample, no date") << one << QDate();
        QTest::newRow("sample x40, paragraphs") << many << QDate(2023, 3, 14);
        QTest::newRow("sample x40, one line") << oneLine << QDate(2023, 3, 14);
        // Split a piece at a time at blank lines only: texts with other breaks between paragraphs.
        QTest::newRow("sample x40, line breaks") << QString(many).replace(u"\n\n"_s, u"\n"_s) << QDate(2023, 3, 14);
        QTest::newRow("sample x40, CR LF") << QString(many).replace(u"\n"_s, u"\r\n"_s) << QDate(2023, 3, 14);
        QTest::newRow("sample x40, blank lines with spaces") << QString(many).replace(u"\n\n"_s, u"\n \t \n"_s)
                                                             << QDate(2023, 3, 14);
        QTest::newRow("sample x40, form feeds") << QString(many).replace(u"\n\n"_s, u"\f"_s) << QDate(2023, 3, 14);
        QTest::newRow("no dates") << u"Nothing here has a date. Nor here."_s << QDate(2023, 3, 14);
        QTest::newRow("empty") << QString() << QDate(2023, 3, 14);
        if (const QString news = tempEvalTexts(); !news.isEmpty())
            QTest::newRow("TimeBank articles") << news << QDate(1998, 2, 6);
        else
            qWarning("TempEval-3 data absent under ../shared: the TimeBank row is left out");
    }

    void sameAsInTurn()
    {
        QFETCH(QString, text);
        QFETCH(QDate, dct);
        const Document d = documentOf(text, dct.isValid() ? std::optional(dct) : std::nullopt);
        const InTurn expected = analyseInTurn(d);
        const QString diff = difference(d, expected, OverlappedAnalysis::run(d));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        if (text.size() > 4 * TemporalTagger::pieceLength)
            QVERIFY(!expected.events.empty());   // a long row must test something
    }

    // The same texts with the tagging thread splitting and analysing sentences
    // ahead after every piece, as it does when the extractor falls behind.
    void sameWhenTheTaggerHelps_data() { sameAsInTurn_data(); }

    void sameWhenTheTaggerHelps()
    {
        QFETCH(QString, text);
        QFETCH(QDate, dct);
        const Document d = documentOf(text, dct.isValid() ? std::optional(dct) : std::nullopt);
        const InTurn expected = analyseInTurn(d);
        const size_t threshold = OverlappedAnalysis::helpWhenWaiting;
        OverlappedAnalysis::helpWhenWaiting = 0;
        const OverlappedAnalysis::Result r = OverlappedAnalysis::run(d);
        OverlappedAnalysis::helpWhenWaiting = threshold;
        const QString diff = difference(d, expected, r);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // The expressions are handed out once, all of them, before the events are
    // made, in the place where the result keeps them; a Timeline passes the
    // pipeline's listener on, and calls it too when the stages run in turn.
    void timexesKnownBeforeTheEvents()
    {
        QString text;
        for (int i = 0; i < 10; ++i)
            text += sample() + u"\n\n"_s;
        const Document d = documentOf(text, QDate(2023, 3, 14));
        int calls = 0;
        const Timex *where = nullptr;
        size_t count = 0;
        QString firstValue;
        const OverlappedAnalysis::Result r
                = OverlappedAnalysis::run(d, nullptr, [&](const Document &document, std::span<const Timex> timexes) {
                      ++calls;
                      QCOMPARE(&document, &d);
                      where = timexes.data();
                      count = timexes.size();
                      firstValue = timexes.empty() ? QString() : timexes.front().value;
                  });
        QCOMPARE(calls, 1);
        QVERIFY(count > 40);
        QCOMPARE(count, r.timexes.size());
        QCOMPARE(where, r.timexes.data());
        QCOMPARE(firstValue, r.timexes.front().value);

        for (const bool overlapped : {true, false}) {
            AnalysisPipeline pipeline = AnalysisPipeline::english();
            if (!overlapped)
                pipeline.overlapped = nullptr;
            calls = 0;
            pipeline.timexesKnown = [&](const Document &, std::span<const Timex> timexes) {
                ++calls;
                where = timexes.data();
                count = timexes.size();
            };
            const Timeline timeline(d, pipeline);
            QCOMPARE(calls, 1);
            QCOMPARE(where, timeline.timexes().data());
            QCOMPARE(count, timeline.timexes().size());
            QVERIFY(!timeline.events().empty());
        }
    }

    void knownSentencesAreNotSplitAgain()
    {
        const Document d = documentOf(sample(), QDate(2023, 3, 14));
        const Segmentation sentences = Segmenter::english().segmentSentences(d.text);
        const OverlappedAnalysis::Result whole = OverlappedAnalysis::run(d);
        const OverlappedAnalysis::Result given = OverlappedAnalysis::run(d, &sentences);
        QVERIFY(given.segmentation.sentences.empty());
        QVERIFY(!given.events.empty());
        QCOMPARE(json(d, given.timexes, given.events), json(d, whole.timexes, whole.events));
    }

    // The mention linker looks for mentions on two threads for a long list of
    // events: the same mentions as on one.
    void mentionsFoundOnTwoThreadsAsOnOne()
    {
        QString text;
        for (int i = 0; i < 40; ++i)
            text += sample() + u"\n\n"_s;
        text += tempEvalTexts();
        const Document d = documentOf(text, QDate(2023, 3, 14));
        const Segmentation sentences = Segmenter::english().segmentSentences(d.text);
        const Timexes timexes = TemporalTagger::english().tag(d.text, d.dct);
        const size_t threshold = events::MentionLinker::twoThreadsFrom;
        events::MentionLinker::twoThreadsFrom = std::numeric_limits<size_t>::max();
        const Events one = EventExtractor::english().extract(d, sentences, timexes);
        events::MentionLinker::twoThreadsFrom = 0;
        const Events two = EventExtractor::english().extract(d, sentences, timexes);
        events::MentionLinker::twoThreadsFrom = threshold;
        QVERIFY(one.size() > 400);
        size_t mentions = 0;
        for (const Event &e : one)
            mentions += e.mentions.size();
        QVERIFY(mentions > one.size());   // some events are mentioned more than once
        QCOMPARE(json(d, timexes, two), json(d, timexes, one));
    }

    // The analyses the extractor releases go back to the tagging thread to be
    // filled again (SentenceCache::takeSpares): one filled again is the
    // analysis a fresh one gets, whatever sentence it held before. (Which
    // analyses travel depends on the threads' timing, so this checks the
    // reuse itself, each spare refilled with a sentence other than its own.)
    void analysesFilledAgainAsFresh()
    {
        QString text;
        for (int i = 0; i < 3; ++i)
            text += sample() + u"\n\n"_s;
        const Document d = documentOf(text, QDate(2023, 3, 14));
        const Segmentation split = Segmenter::english().segmentSentences(d.text);
        const Timexes timexes = TemporalTagger::english().tag(d.text, d.dct);
        const events::EventLexicon &lexicon = events::EventLexicon::english();
        events::SentenceCache cache(d.text, split.sentences, timexes, lexicon);
        cache.indexTimexes(d.text.size());
        const int n = cache.count();
        QVERIFY(n > 20);
        // As the stages use them: with the predicates they ask for remembered.
        const events::PredicateFinder predicates(lexicon);
        for (int i = 0; i < n; ++i) {
            const events::AnalysedSentence &s = cache.sentence(i);
            QVERIFY(s.size() > 0);
            for (int c = 0; c < int(s.clauses.size()); ++c)
                predicates.find(s, c);
        }
        QVERIFY(cache.takeSpares(0).empty());   // nothing released yet
        cache.releaseBefore(n);
        constexpr size_t kept = 5;
        std::vector<std::unique_ptr<events::AnalysedSentence>> spares = cache.takeSpares(kept);
        QCOMPARE(spares.size(), size_t(n) - kept);
        QVERIFY(cache.takeSpares(kept).empty());   // the kept ones stay

        const events::SentenceAnalyser analyser(lexicon);
        const auto marksOf = [&](int i) {
            std::vector<events::TimexMark> marks;
            for (const int t : cache.timexesIn(i))
                marks.push_back({timexes[size_t(t)].start, timexes[size_t(t)].end, t});
            return marks;
        };
        int withExpressions = 0;
        for (size_t k = 0; k < spares.size(); ++k) {
            const int i = int(spares.size() - 1 - k);   // another sentence than the one it held, mostly
            const std::vector<events::TimexMark> marks = marksOf(i);
            withExpressions += marks.empty() ? 0 : 1;
            events::AnalysedSentence fresh;
            analyser.analyse(d.text, split.sentences[size_t(i)], i, marks, fresh);
            analyser.analyse(d.text, split.sentences[size_t(i)], i, marks, *spares[k]);
            QCOMPARE(describe(*spares[k]), describe(fresh));
        }
        QVERIFY(withExpressions > 5);
    }

    // Cutting at nextParagraphCut and splitting each part alone gives the
    // whole text's paragraphs and sentences.
    void partsSplitAsTheWhole_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("cutPoints");
        QTest::newRow("blank lines") << u"Title line\nA first para. It goes on.\n\nSecond one.\n\n\nThird, Mr. Smith said."_s << 3;
        QTest::newRow("spaces on blank lines") << u"One.\n  \nTwo.\n\t\nThree."_s << 2;
        QTest::newRow("CR LF") << u"One.\r\n\r\nTwo.\r\n\r\nThree."_s << 2;
        QTest::newRow("trailing blank") << u"One.\n\nTwo.\n\n"_s << 3;
        QTest::newRow("no blank line") << u"One.\nTwo.\nThree."_s << 0;
    }

    void partsSplitAsTheWhole()
    {
        QFETCH(QString, text);
        QFETCH(int, cutPoints);
        const Segmenter &segmenter = Segmenter::english();
        const Segmentation whole = segmenter.segmentSentences(text);
        // Cut at every cut point.
        std::vector<qsizetype> cuts;
        for (qsizetype p = Segmenter::nextParagraphCut(text, 0); p >= 0; p = Segmenter::nextParagraphCut(text, p + 1))
            cuts.push_back(p);
        cuts.push_back(text.size());
        Segmentation joined;
        qsizetype from = 0;
        for (const qsizetype to : cuts) {
            const Segmentation part = segmenter.segmentSentences(text, from, to, int(joined.paragraphs.size()));
            joined.paragraphs.insert(joined.paragraphs.end(), part.paragraphs.begin(), part.paragraphs.end());
            joined.sentences.insert(joined.sentences.end(), part.sentences.begin(), part.sentences.end());
            from = to;
        }
        QVERIFY(joined.paragraphs == whole.paragraphs);
        QVERIFY(joined.sentences == whole.sentences);
        QCOMPARE(int(cuts.size()) - 1, cutPoints);
    }

    // The tagger's pieces: in order, within the text tagged so far, ids running
    // on, and together the list tag() gives.
    void piecesMakeTheWholeList()
    {
        QString text;
        for (int i = 0; i < 40; ++i)
            text += sample() + u"\n\n"_s;
        const std::optional<QDate> dct = QDate(2023, 3, 14);
        const Timexes whole = TemporalTagger::english().tag(text, dct);
        Timexes joined;
        qsizetype before = 0;
        int pieces = 0;
        TemporalTagger::english().tag(text, dct, [&](Timexes &&piece, qsizetype taggedTo) {
            ++pieces;
            QVERIFY(taggedTo > before);
            for (const Timex &t : piece) {
                QVERIFY(t.start >= before);
                QVERIFY(t.end <= taggedTo);
            }
            before = taggedTo;
            std::move(piece.begin(), piece.end(), std::back_inserter(joined));
        });
        QCOMPARE(before, text.size());
        QVERIFY(pieces >= 4);
        QCOMPARE(joined.size(), whole.size());
        for (size_t i = 0; i < whole.size(); ++i) {
            QCOMPARE(joined[i].id, whole[i].id);
            QCOMPARE(joined[i].start, whole[i].start);
            QCOMPARE(joined[i].value, whole[i].value);
            QCOMPARE(joined[i].anchor, whole[i].anchor);
        }
    }

    // Through Timeline, as the viewer and the CLI use it: a new date re-tags and
    // re-extracts but keeps the sentences.
    void timelineReanalysesWithItsSentences()
    {
        Timeline timeline(documentOf(sample(), std::nullopt), AnalysisPipeline::english());
        const size_t sentences = timeline.segmentation().sentences.size();
        QVERIFY(sentences > 10);
        QVERIFY(timeline.timex(u"t1") != nullptr);
        const int placedWithout = timeline.placedEventCount();
        timeline.reanalyse(QDate(2023, 3, 14));
        QCOMPARE(timeline.segmentation().sentences.size(), sentences);
        QVERIFY(timeline.placedEventCount() > placedWithout);
        bool nextWeek = false;
        for (const Timex &t : timeline.timexes())
            nextWeek = nextWeek || (t.text == u"next week" && t.value == u"2023-W12");
        QVERIFY(nextWeek);
    }
};

QTEST_GUILESS_MAIN(TestOverlappedAnalysis)
#include "tst_overlappedanalysis.moc"
