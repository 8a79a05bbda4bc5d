#include "TestEvents.h"

#include "timeline/Timeline.h"

#include <QTest>

using namespace chronoline;
using chronoline::test::makeEvent;

namespace {
Timex makeTimex(const char *id, qsizetype start, qsizetype end, const char *text, TimexType type, const QString &value)
{
    Timex t;
    t.id = QString::fromLatin1(id);
    t.start = start;
    t.end = end;
    t.text = QString::fromLatin1(text);
    t.type = type;
    t.value = value;
    return t;
}
} // namespace

// The Timeline runs the stages in order, keeps the segmentation across a new
// document date, and lists what the axis cannot place.
class TestTimeline : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void unplacedAndReanalyse()
    {
        int segmentRuns = 0;
        std::vector<std::optional<QDate>> taggedWith;
        AnalysisPipeline p;
        p.segment = [&segmentRuns](QStringView text) {
            ++segmentRuns;
            Segmentation s;
            s.sentences = {{0, 20, 0}, {21, qsizetype(text.size()), 0}};
            return s;
        };
        p.tag = [&taggedWith](QStringView, std::optional<QDate> dct) {
            taggedWith.push_back(dct);
            return Timexes{
                makeTimex("t1", 0, 10, "Last month", TimexType::Date,
                      dct ? QStringLiteral("2023-02") : QStringLiteral("XXXX-XX")),
                makeTimex("t2", 21, 27, "Monday", TimexType::Date,
                      dct ? QStringLiteral("2023-03-13") : QStringLiteral("XXXX-WXX-1")),
                makeTimex("t3", 30, 39, "five-year", TimexType::Duration, QStringLiteral("P5Y")),
            };
        };
        p.extract = [](const Document &d, const Segmentation &, const Timexes &) {
            Event e = d.dct ? makeEvent("e1", "Proposal", "2023-02", "2023-02-01", "2023-03-01")
                            : makeEvent("e1", "Proposal", "XXXX-XX", nullptr, nullptr);
            e.timexId = QStringLiteral("t1");
            e.sentence = {0, 20, QStringLiteral("Last month, a plan.")};
            return Events{e};
        };
        Document doc;
        doc.text = QStringLiteral("Last month, a plan. On Monday, the five-year term.");
        Timeline timeline(doc, p);
        QCOMPARE(segmentRuns, 1);
        QCOMPARE(timeline.placedEventCount(), 0);
        // The event and the expression dating nothing wait in the tray; the duration does not.
        QCOMPARE(timeline.unplaced().size(), size_t(2));
        QCOMPARE(timeline.unplaced()[0].kind, UnplacedItem::Kind::Event);
        QCOMPARE(timeline.unplaced()[0].id, QStringLiteral("e1"));
        QCOMPARE(timeline.unplaced()[1].kind, UnplacedItem::Kind::Timex);
        QCOMPARE(timeline.unplaced()[1].id, QStringLiteral("t2"));

        timeline.reanalyse(QDate(2023, 3, 14));
        QCOMPARE(segmentRuns, 1);   // the text did not change
        QCOMPARE(taggedWith.back(), std::optional<QDate>(QDate(2023, 3, 14)));
        QCOMPARE(timeline.document().dctSource, DctSource::Option);
        QCOMPARE(timeline.placedEventCount(), 1);
        QVERIFY(timeline.unplaced().empty());

        timeline.reanalyse(std::nullopt);
        QCOMPARE(timeline.document().dctSource, DctSource::None);
        QCOMPARE(timeline.unplaced().size(), size_t(2));
    }

    void sentenceAt()
    {
        AnalysisPipeline p;
        p.segment = [](QStringView) {
            Segmentation s;
            s.sentences = {{0, 10, 0}, {12, 20, 0}};
            return s;
        };
        Document doc;
        doc.text = QStringLiteral("0123456789  2345678901");
        const Timeline t(doc, p);
        QCOMPARE(t.sentenceAt(0), 0);
        QCOMPARE(t.sentenceAt(10), 0);
        QCOMPARE(t.sentenceAt(11), -1);
        QCOMPARE(t.sentenceAt(12), 1);
        QCOMPARE(t.sentenceAt(25), -1);
    }
};

QTEST_APPLESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
