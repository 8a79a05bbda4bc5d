// Every rule in resources/lang/en/rules.txt carries examples; this test runs them all, so a
// rule that stops doing what its examples say fails here, with the rule's file and line.

#include "temporal/LanguageData.h"
#include "temporal/TemporalTagger.h"

#include <QTest>

using namespace chronoline;

class TestLanguageRules : public QObject {
    Q_OBJECT
private slots:
    void dataLoads();
    void examples_data();
    void examples();
};

void TestLanguageRules::dataLoads()
{
    QString error;
    auto data = LanguageData::load(QStringLiteral(":/lang/en"), &error);
    QVERIFY2(data, qPrintable(error));
    QVERIFY(data->rules().size() > 100);
    QVERIFY(data->lexicon().find(u"january") >= 0);
}

void TestLanguageRules::examples_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value");
    QString error;
    auto data = LanguageData::load(QStringLiteral(":/lang/en"), &error);
    QVERIFY2(data, qPrintable(error));
    int count = 0;
    for (const Rule &rule : data->rules()) {
        for (const RuleExample &ex : rule.examples) {
            const QString name = rule.source + QStringLiteral(": ") + ex.text;
            QTest::newRow(qPrintable(name)) << ex.text << ex.value;
            ++count;
        }
    }
    QVERIFY(count > 150);
}

void TestLanguageRules::examples()
{
    QFETCH(QString, text);
    QFETCH(QString, value);
    // "in {May}": the braces mark the extent inside context words
    QString extent = text;
    if (const qsizetype open = text.indexOf(u'{'); open >= 0) {
        const qsizetype close = text.indexOf(u'}', open);
        QVERIFY2(close > open, "unbalanced braces in a rule example");
        extent = text.mid(open + 1, close - open - 1);
        text.remove(close, 1);
        text.remove(open, 1);
    }
    const Timexes found = TemporalTagger::english().tag(text, QDate(2023, 3, 14));
    QString got;
    for (const Timex &t : found)
        got += QStringLiteral("[%1 %2 %3] ").arg(t.text, timexTypeName(t.type), t.value);
    if (value.isEmpty()) {   // a veto: nothing may be found
        QVERIFY2(found.empty(), qPrintable(QStringLiteral("expected nothing, got ") + got));
        return;
    }
    QVERIFY2(found.size() == 1, qPrintable(QStringLiteral("expected one expression, got ") + got));
    QCOMPARE(found.front().text, extent);
    QCOMPARE(found.front().value, value);
}

QTEST_GUILESS_MAIN(TestLanguageRules)
#include "tst_languagerules.moc"
