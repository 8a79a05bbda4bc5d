// The vectorised unit searches against their one-unit-at-a-time meaning, at
// every start and end around the eight-unit blocks, on ASCII, controls, line
// breaks, terminators and units outside ASCII.
#include "text/Characters.h"
#include "text/UnitSearch.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace chronoline;

namespace {

qsizetype plainTerminator(const char16_t *s, qsizetype from, qsizetype end)
{
    while (from < end && !chars::isTerminator(s[from]))
        ++from;
    return from;
}

qsizetype plainControlOrNonAscii(const char16_t *s, qsizetype from, qsizetype end)
{
    while (from < end && s[from] >= 0x20 && s[from] < 0x80)
        ++from;
    return from;
}

// Mostly letters and spaces, with now and then one of the units the searches
// stop at or must not stop at.
std::vector<char16_t> randomText(QRandomGenerator &random, int length)
{
    static const char16_t rare[] = {u'.', u'!', u'?', u'\n', u'\r', u'\t', 0x1F, 0x20, 0x7E, 0x7F, 0x80,
                                    0x85, 0xE9, 0x2028, 0x2029, 0xD83D, 0xFFFF, u',', u'\u2026', 0x002E + 0x100};
    std::vector<char16_t> text(static_cast<size_t>(length));
    for (char16_t &c : text) {
        c = random.bounded(12) == 0 ? rare[random.bounded(int(std::size(rare)))]
                                    : char16_t(u'a' + random.bounded(26));
    }
    return text;
}

} // namespace

class TestUnitSearch : public QObject {
    Q_OBJECT

private slots:
    void agreesWithOneUnitAtATime()
    {
        QRandomGenerator random(20261129);
        for (int round = 0; round < 400; ++round) {
            const std::vector<char16_t> text = randomText(random, 1 + random.bounded(70));
            const qsizetype n = qsizetype(text.size());
            for (qsizetype from = 0; from <= n; ++from) {
                for (qsizetype end = from; end <= n; end += 1 + (end - from) / 9) {
                    QCOMPARE(units::findTerminator(text.data(), from, end), plainTerminator(text.data(), from, end));
                    QCOMPARE(units::findControlOrNonAscii(text.data(), from, end),
                             plainControlOrNonAscii(text.data(), from, end));
                }
            }
        }
    }

    // Every line break is found by the search the paragraph splitter uses.
    void everyLineBreakStopsTheSearch()
    {
        for (char16_t c = 0; c < 0xFFFF; ++c) {
            if (!chars::isLineBreak(c))
                continue;
            const char16_t text[16] = {u'a', u'b', u'c', u'd', u'e', u'f', u'g', u'h', u'i', c};
            QCOMPARE(units::findControlOrNonAscii(text, 0, 16), qsizetype(9));
        }
    }
};

QTEST_APPLESS_MAIN(TestUnitSearch)
#include "tst_unitsearch.moc"
