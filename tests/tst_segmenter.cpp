#include "SegmentationInvariants.h"
#include "text/Segmenter.h"
#include "text/WordSet.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace chronoline;
using chronoline::testing::brokenInvariant;
using chronoline::testing::isBlank;
using namespace Qt::StringLiterals;

namespace {

template <typename Span>
QStringList textsOf(QStringView text, const std::vector<Span> &spans)
{
    QStringList out;
    for (const Span &span : spans)
        out.append(text.sliced(span.start, span.end - span.start).toString());
    return out;
}

QString readSample()
{
    QFile file(QStringLiteral(CHRONOLINE_RESOURCES_DIR "/samples/xi-putin-moscow.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// One test row per entry of a bundled word list, named after the entry.
void addListRows(const char *column, const QString &path)
{
    QTest::addColumn<QString>(column);
    QStringList list = WordSet::readList(path).values();
    list.sort();
    for (const QString &entry : list)
        QTest::newRow(qPrintable(entry)) << entry;
}

QString kindLetters(const std::vector<Token> &tokens)
{
    QString out;
    for (const Token &t : tokens) {
        switch (t.kind) {
        case TokenKind::Word: out += u'W'; break;
        case TokenKind::Number: out += u'N'; break;
        case TokenKind::Punctuation: out += u'P'; break;
        case TokenKind::Symbol: out += u'S'; break;
        }
    }
    return out;
}

} // namespace

class TestSegmenter : public QObject {
    Q_OBJECT

private slots:
    void sentences_data();
    void sentences();
    void referenceArticle();
    void abbreviationList();
    void everyAbbreviation_data();
    void everyAbbreviation();
    void everySentenceStarter_data();
    void everySentenceStarter();
    void paragraphs_data();
    void paragraphs();
    void sentenceParagraphs();
    void tokens_data();
    void tokens();
    void ownLists();
    void randomText();
    void everyCodeUnit();
    void invariantCheck();
    void largeText();
    void overlongSentences();
    void overlongRunWithoutSpace();
};

void TestSegmenter::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("knownLimitation");   // non-empty: expected to fail, and why

    const auto row = [](const char *name, const QString &text, const QStringList &expected,
                        const QString &limitation = {}) {
        QTest::newRow(name) << text << expected << limitation;
    };

    // Plain sentence ends
    row("two sentences", u"Xi met Putin. They talked."_s, {u"Xi met Putin."_s, u"They talked."_s});
    row("question and exclamation", u"Will he go? He will! Everyone knows."_s,
        {u"Will he go?"_s, u"He will!"_s, u"Everyone knows."_s});
    row("run of terminators", u"Really?! Yes."_s, {u"Really?!"_s, u"Yes."_s});
    row("no final punctuation", u"He left"_s, {u"He left"_s});
    row("surrounding white space", u"  \t He left.   She stayed.\n "_s,
        {u"He left."_s, u"She stayed."_s});
    row("digit starts the next sentence", u"Sales fell in 2022. 2023 was better."_s,
        {u"Sales fell in 2022."_s, u"2023 was better."_s});
    row("lower case after a full stop", u"Use a comma, e.g. the one here. Then stop."_s,
        {u"Use a comma, e.g. the one here."_s, u"Then stop."_s});

    // Titles before names
    row("Mr. Mrs. Ms.", u"Mr. and Mrs. Smith arrived. Ms. Jones did not."_s,
        {u"Mr. and Mrs. Smith arrived."_s, u"Ms. Jones did not."_s});
    row("Dr. Prof.", u"Dr. Anthony Fauci spoke with Prof. Li. He agreed."_s,
        {u"Dr. Anthony Fauci spoke with Prof. Li."_s, u"He agreed."_s});
    row("Gen. Col. Lt. Sgt.",
        u"Gen. Mark Milley met Col. Ann Wright and Lt. Col. John Doe. Sgt. Adams was absent."_s,
        {u"Gen. Mark Milley met Col. Ann Wright and Lt. Col. John Doe."_s,
         u"Sgt. Adams was absent."_s});
    row("Gov. Sen. Rep. Rev.",
        u"Gov. Gavin Newsom, Sen. Chuck Schumer and Rep. Nancy Pelosi spoke. Rev. Al Sharpton prayed."_s,
        {u"Gov. Gavin Newsom, Sen. Chuck Schumer and Rep. Nancy Pelosi spoke."_s,
         u"Rev. Al Sharpton prayed."_s});
    row("Gen. Adm. before names", u"Gen. Li Shangfu met Adm. John Aquilino."_s,
        {u"Gen. Li Shangfu met Adm. John Aquilino."_s});
    row("St. Jr. Sr.",
        u"The Rev. Martin Luther King Jr. spoke in St. Louis with Frank Sr. and Frank Jr. there."_s,
        {u"The Rev. Martin Luther King Jr. spoke in St. Louis with Frank Sr. and Frank Jr. there."_s});
    row("Jr. before a sentence starter", u"The speech was given by Martin Luther King Jr. It changed history."_s,
        {u"The speech was given by Martin Luther King Jr."_s, u"It changed history."_s});

    // Months, times, numbers
    row("Jan. Feb. Sept.", u"The talks ran from Jan. 5 to Feb. 24. More talks followed in Sept. 2023."_s,
        {u"The talks ran from Jan. 5 to Feb. 24."_s, u"More talks followed in Sept. 2023."_s});
    row("Mar. Apr. Aug. Sep. Oct. Nov. Dec.",
        u"Deadlines fell on Mar. 1, Apr. 2, Aug. 3, Sep. 4, Oct. 5, Nov. 6 and Dec. 7. None was met."_s,
        {u"Deadlines fell on Mar. 1, Apr. 2, Aug. 3, Sep. 4, Oct. 5, Nov. 6 and Dec. 7."_s,
         u"None was met."_s});
    row("a.m. p.m. before a name", u"The meeting ran from 9 a.m. Monday to 5 p.m. Tuesday in Moscow."_s,
        {u"The meeting ran from 9 a.m. Monday to 5 p.m. Tuesday in Moscow."_s});
    row("p.m. before a sentence starter", u"The vote closed at 5 p.m. The count began at once."_s,
        {u"The vote closed at 5 p.m."_s, u"The count began at once."_s});
    row("a.m. at the end", u"Polls opened at 7 a.m."_s, {u"Polls opened at 7 a.m."_s});
    row("No. 5", u"He is ranked No. 5 in the world. No. 1 is Djokovic."_s,
        {u"He is ranked No. 5 in the world."_s, u"No. 1 is Djokovic."_s});
    row("the word no before a starter", u"He said no. Then he left."_s,
        {u"He said no."_s, u"Then he left."_s});
    row("the word no before a name", u"He said no. Smith left."_s,
        {u"He said no."_s, u"Smith left."_s},
        u"no. is listed for \"No. 5\"; only a sentence starter ends the sentence after it"_s);
    row("decimal numbers", u"Growth slowed to 3.5 percent. Inflation rose to 6.4 percent."_s,
        {u"Growth slowed to 3.5 percent."_s, u"Inflation rose to 6.4 percent."_s});
    row("money", u"The deal is worth $1.5 billion. Analysts were surprised."_s,
        {u"The deal is worth $1.5 billion."_s, u"Analysts were surprised."_s});

    // Countries, companies, Latin
    row("U.S. before a noun", u"U.S. President Joe Biden said the U.S. Embassy would stay open."_s,
        {u"U.S. President Joe Biden said the U.S. Embassy would stay open."_s});
    row("U.S. before The", u"The balloon drifted over the U.S. The Pentagon tracked it."_s,
        {u"The balloon drifted over the U.S."_s, u"The Pentagon tracked it."_s});
    row("U.S. before He and It", u"He returned to the U.S. He was tired. It was late."_s,
        {u"He returned to the U.S."_s, u"He was tired."_s, u"It was late."_s});
    row("U.K. E.U. U.N.", u"U.K. and E.U. officials met at the U.N. Security Council. They disagreed."_s,
        {u"U.K. and E.U. officials met at the U.N. Security Council."_s, u"They disagreed."_s});
    row("U.N. before But", u"Both sides appealed to the U.N. But nothing changed."_s,
        {u"Both sides appealed to the U.N."_s, u"But nothing changed."_s});
    row("Washington, D.C. before a name", u"Washington, D.C. Mayor Muriel Bowser spoke."_s,
        {u"Washington, D.C. Mayor Muriel Bowser spoke."_s});
    row("Inc. Corp. Co. Ltd.", u"Apple Inc. and Microsoft Corp. joined Ford Motor Co. and Tata Sons Ltd. in the bid."_s,
        {u"Apple Inc. and Microsoft Corp. joined Ford Motor Co. and Tata Sons Ltd. in the bid."_s});
    row("Inc. before The", u"Shares fell at Apple Inc. The company declined to comment."_s,
        {u"Shares fell at Apple Inc."_s, u"The company declined to comment."_s});
    row("vs. etc.", u"It was Lakers vs. Celtics, with tickets, drinks, etc. included."_s,
        {u"It was Lakers vs. Celtics, with tickets, drinks, etc. included."_s});
    row("etc. before Their", u"They sold books, maps, etc. Their shop closed in 2020."_s,
        {u"They sold books, maps, etc."_s, u"Their shop closed in 2020."_s});
    row("e.g. i.e. before names", u"Some leaders, e.g. Xi, stayed; others, i.e. Biden, left."_s,
        {u"Some leaders, e.g. Xi, stayed; others, i.e. Biden, left."_s});
    row("approx. Mt. Ft.", u"The climb of Mt. Everest from Ft. Worth took approx. 30 days."_s,
        {u"The climb of Mt. Everest from Ft. Worth took approx. 30 days."_s});
    row("Ph.D. before Then", u"She earned a Ph.D. Then she joined the U.N. team."_s,
        {u"She earned a Ph.D."_s, u"Then she joined the U.N. team."_s});
    row("Inc. before a noun", u"Shares fell at Apple Inc. Shareholders were angry."_s,
        {u"Shares fell at Apple Inc."_s, u"Shareholders were angry."_s},
        u"after an abbreviation only a usual sentence starter begins a sentence"_s);

    // Initials
    row("initials", u"The novel by J. Smith sold well. J.R.R. Tolkien did better."_s,
        {u"The novel by J. Smith sold well."_s, u"J.R.R. Tolkien did better."_s});
    row("capital letter before a starter", u"They switched to Plan B. The plan worked."_s,
        {u"They switched to Plan B."_s, u"The plan worked."_s});

    // Ellipses
    row("ellipsis", u"Well... The answer is unclear."_s, {u"Well... The answer is unclear."_s});
    row("ellipsis character", u"Well\u2026 The answer is unclear."_s,
        {u"Well\u2026 The answer is unclear."_s});
    row("spaced ellipsis", u"Well. . . The answer is unclear."_s,
        {u"Well. . . The answer is unclear."_s});
    row("ellipsis then question mark", u"And then...? Nobody knew."_s,
        {u"And then...?"_s, u"Nobody knew."_s});

    // Quotes and brackets
    row("closing quote after the stop", u"He called it \"an old friendship.\" Then he left."_s,
        {u"He called it \"an old friendship.\""_s, u"Then he left."_s});
    row("curly quotes", u"He said \u201cno.\u201d \u201cWe agree,\u201d she said."_s,
        {u"He said \u201cno.\u201d"_s, u"\u201cWe agree,\u201d she said."_s});
    row("exclamation in a quote before lower case", u"\"Stop!\" he said. They stopped."_s,
        {u"\"Stop!\" he said."_s, u"They stopped."_s});
    row("next sentence opens a quote", u"He nodded. \"We agree,\" she said."_s,
        {u"He nodded."_s, u"\"We agree,\" she said."_s});
    row("question in a quote before a name", u"\"Why now?\" Sullivan asked."_s,
        {u"\"Why now?\" Sullivan asked."_s},
        u"a question mark before a capitalised name is taken as a sentence end"_s);
    row("closing bracket", u"(He later resigned.) The board met again."_s,
        {u"(He later resigned.)"_s, u"The board met again."_s});
    row("quote at the end", u"He said \"yes.\""_s, {u"He said \"yes.\""_s});

    // Scraped text: a caption glued to the sentence before it
    row("glued caption", u"He will meet Volodymyr Zelensky.Photo by Lintao Zhang/Getty Images"_s,
        {u"He will meet Volodymyr Zelensky."_s, u"Photo by Lintao Zhang/Getty Images"_s});
    row("glued sentences", u"The talks ended.Officials left at noon."_s,
        {u"The talks ended."_s, u"Officials left at noon."_s});
    row("not glued: addresses, acronyms, short words, abbreviations",
        u"See news.Yahoo.com, www.Example.org, NATO.Then, it.The and the U.S.Army files."_s,
        {u"See news.Yahoo.com, www.Example.org, NATO.Then, it.The and the U.S.Army files."_s});

    // Headings and captions
    row("heading after a blank line", u"Diplomatic Visits\n\nLast week, the Kremlin refused to comment."_s,
        {u"Diplomatic Visits"_s, u"Last week, the Kremlin refused to comment."_s});
    row("heading on its own line",
        u"Diplomatic Visits\nLast week, the Kremlin refused to comment on several reports that said Xi would travel."_s,
        {u"Diplomatic Visits"_s,
         u"Last week, the Kremlin refused to comment on several reports that said Xi would travel."_s});
    row("caption on its own line",
        u"Photo by Lintao Zhang/Getty Images\nChinese President Xi Jinping is set to meet Putin next week in Moscow."_s,
        {u"Photo by Lintao Zhang/Getty Images"_s,
         u"Chinese President Xi Jinping is set to meet Putin next week in Moscow."_s});
    row("soft-wrapped lines", u"The Chinese president is expected to\nvisit Moscow next week. He will meet\nPutin there."_s,
        {u"The Chinese president is expected to\nvisit Moscow next week."_s,
         u"He will meet\nPutin there."_s});
    row("U.S. at the end of a paragraph", u"He lives in the U.S.\n\nOfficials said so."_s,
        {u"He lives in the U.S."_s, u"Officials said so."_s});
    row("CRLF paragraphs", u"First line.\r\n\r\nSecond paragraph."_s,
        {u"First line."_s, u"Second paragraph."_s});

    // Empty and odd text
    row("empty", QString(), {});
    row("white space only", u" \n\t \r\n \u00A0 \u200B "_s, {});
    row("emoji", u"Great news \U0001F389. Next one \U0001F44D\U0001F3FD!"_s,
        {u"Great news \U0001F389."_s, u"Next one \U0001F44D\U0001F3FD!"_s});
    row("capitals outside the BMP", u"\U0001D413\U0001D421\U0001D41E first. \U0001D413\U0001D421\U0001D41E second."_s,
        {u"\U0001D413\U0001D421\U0001D41E first."_s, u"\U0001D413\U0001D421\U0001D41E second."_s});
    row("lone surrogate", u"Broken "_s + QChar(0xD800) + u" text. Next one."_s,
        {u"Broken "_s + QChar(0xD800) + u" text."_s, u"Next one."_s});
    row("script without case", u"\u4ed6\u6765\u4e86. \u6211\u4eec\u8d70."_s,
        {u"\u4ed6\u6765\u4e86."_s, u"\u6211\u4eec\u8d70."_s});
}

void TestSegmenter::sentences()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QFETCH(QString, knownLimitation);

    const Segmentation segmentation = Segmenter::english().segment(text);
    QCOMPARE(brokenInvariant(text, segmentation), QString());
    // sentences() alone gives what segment() gives, and so does the
    // pipeline's segmentSentences(), with no tokens.
    QCOMPARE(Segmenter::english().sentences(text), segmentation.sentences);
    const Segmentation withoutTokens = Segmenter::english().segmentSentences(text);
    QCOMPARE(withoutTokens.sentences, segmentation.sentences);
    QCOMPARE(withoutTokens.paragraphs, segmentation.paragraphs);
    QVERIFY(withoutTokens.tokens.empty());
    if (!knownLimitation.isEmpty())
        QEXPECT_FAIL("", qPrintable(knownLimitation), Continue);
    QCOMPARE(textsOf(text, segmentation.sentences), expected);
}

void TestSegmenter::referenceArticle()
{
    const QString text = readSample();
    QVERIFY2(!text.isEmpty(), "the reference article is missing");
    const Segmentation segmentation = Segmenter::english().segment(text);
    QCOMPARE(brokenInvariant(text, segmentation), QString());

    const QStringList expected = {
        // The first line is a sentence with the photo caption glued to it.
        u"Chinese President Xi Jinping is expected to visit Moscow to meet with Russian President "
        "Vladimir Putin ahead of a potential conversation with Ukrainian President Volodymyr Zelensky."_s,
        u"Photo by Lintao Zhang/Getty Images"_s,
        u"Chinese President Xi Jinping is set to meet with his Russian counterpart, President "
        "Vladimir Putin, as early as next week amid calls from the White House for him to speak to "
        "Ukrainian President Volodymyr Zelensky."_s,
        u"Some people wonder what the Chinese president's aim is in visiting Putin first before "
        "discussing with Zelensky."_s,
        u"This could be because Xi has been conducting various cooperative exercises with Russia "
        "and not Ukraine, seeing Moscow as a close ally of China."_s,
        u"Xi Jinping's Stance on the Russia-Ukraine War"_s,
        u"On Monday, White House National Security Adviser Jake Sullivan said American officials "
        "wanted the Chinese leader to discuss Russia's invasion."_s,
        u"He said that Xi should personally hear about the Ukrainian president's perspective and "
        "not only Moscow's regarding the conflict."_s,
    };
    const QStringList sentences = textsOf(text, segmentation.sentences);
    QVERIFY(sentences.size() > expected.size());
    QCOMPARE(sentences.mid(0, expected.size()), expected);

    std::vector<int> paragraphs;
    for (size_t i = 0; i < size_t(expected.size()); ++i)
        paragraphs.push_back(segmentation.sentences[i].paragraph);
    QCOMPARE(paragraphs, (std::vector<int>{0, 0, 1, 2, 2, 3, 4, 4}));

    // The quotation that ends a paragraph stays whole, and so does the last sentence.
    QVERIFY(sentences.contains(
            u"It appeared to have included a veiled shot at NATO where it said that the \"security "
            "of a region should not be achieved by strengthening or expanding military blocs.\""_s));
    QVERIFY(sentences.last().startsWith(u"The Kremlin also said on Monday"_s));
    QVERIFY(sentences.last().endsWith(u"New Delhi, said Reuters."_s));
    // Fifteen blank-line separated blocks, each a paragraph of its own.
    QCOMPARE(segmentation.paragraphs.size(), size_t(15));
}

void TestSegmenter::abbreviationList()
{
    const QSet<QString> list = WordSet::readList(u":/lang/en/abbreviations.txt"_s);
    QVERIFY(list.size() > 50);
    for (const QString &entry : list) {
        QVERIFY2(entry == entry.toLower(), qPrintable(entry));
        QVERIFY2(entry.endsWith(u'.'), qPrintable(entry));
        QVERIFY2(!entry.contains(u' '), qPrintable(entry));
    }
    for (const QString &required : {u"mr."_s, u"u.s."_s, u"a.m."_s, u"no."_s, u"sept."_s,
                                    u"e.g."_s, u"approx."_s, u"ft."_s})
        QVERIFY2(list.contains(required), qPrintable(required));
    QVERIFY(WordSet::readList(u":/lang/en/sentence-starters.txt"_s).contains(u"the"_s));
}

void TestSegmenter::everyAbbreviation_data()
{
    addListRows("abbreviation", u":/lang/en/abbreviations.txt"_s);
}

// Every listed abbreviation keeps its sentence together before a name, is one
// token, and still ends the sentence before a usual sentence starter.
void TestSegmenter::everyAbbreviation()
{
    QFETCH(QString, abbreviation);
    const Segmenter &segmenter = Segmenter::english();

    const QString beforeName = u"We talked to "_s + abbreviation + u" Smith about it."_s;
    QCOMPARE(segmenter.sentences(beforeName).size(), size_t(1));
    const std::vector<Token> tokens = segmenter.tokens(beforeName);
    QVERIFY(textsOf(beforeName, tokens).contains(abbreviation));

    const QString beforeStarter = u"We talked about "_s + abbreviation + u" The end."_s;
    QCOMPARE(textsOf(beforeStarter, segmenter.sentences(beforeStarter)),
             (QStringList{u"We talked about "_s + abbreviation, u"The end."_s}));
}

void TestSegmenter::everySentenceStarter_data()
{
    addListRows("starter", u":/lang/en/sentence-starters.txt"_s);
}

// Every listed starter, capitalised, ends the sentence after an abbreviation.
void TestSegmenter::everySentenceStarter()
{
    QFETCH(QString, starter);
    const QString capitalised = starter.left(1).toUpper() + starter.mid(1);
    const QString text = u"He moved to the U.S. "_s + capitalised + u" was next."_s;
    QCOMPARE(textsOf(text, Segmenter::english().sentences(text)),
             (QStringList{u"He moved to the U.S."_s, capitalised + u" was next."_s}));
}

void TestSegmenter::paragraphs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const QString longLine = u"Chinese President Xi Jinping is set to meet with his Russian counterpart, "
                             "President Vladimir Putin, as early as next week in Moscow"_s;
    QVERIFY(longLine.size() > 120);

    QTest::newRow("one paragraph") << u"One. Two."_s << QStringList{u"One. Two."_s};
    QTest::newRow("blank line") << u"One.\n\nTwo."_s << QStringList{u"One."_s, u"Two."_s};
    QTest::newRow("blank lines with spaces") << u"One.\n \n\t\n\nTwo."_s
                                             << QStringList{u"One."_s, u"Two."_s};
    QTest::newRow("CRLF") << u"One.\r\n\r\nTwo.\r\nStill two."_s
                          << QStringList{u"One."_s, u"Two.\r\nStill two."_s};
    QTest::newRow("old Mac line ends") << u"One.\r\rTwo."_s << QStringList{u"One."_s, u"Two."_s};
    QTest::newRow("soft wrap")
            << u"The Kremlin refused to comment on\nseveral reports that Xi would travel\nto the Russian capital."_s
            << QStringList{u"The Kremlin refused to comment on\nseveral reports that Xi would travel\nto the Russian capital."_s};
    QTest::newRow("heading before a long line")
            << u"Diplomatic Visits\n"_s + longLine + u"."_s
            << QStringList{u"Diplomatic Visits"_s, longLine + u"."_s};
    QTest::newRow("heading before wrapped prose")
            << u"Diplomatic Visits\nThe Kremlin refused to comment on\nseveral reports that Xi would travel\nto the Russian capital."_s
            << QStringList{u"Diplomatic Visits"_s,
                           u"The Kremlin refused to comment on\nseveral reports that Xi would travel\nto the Russian capital."_s};
    QTest::newRow("long lines on their own") << longLine + u".\n"_s + longLine + u"."_s
                                             << QStringList{longLine + u"."_s, longLine + u"."_s};
    QTest::newRow("long line ending in a comma") << longLine + u",\nand more."_s
                                                 << QStringList{longLine + u",\nand more."_s};
    QTest::newRow("short line before lower case")
            << u"Russia and China\nsigned the agreement on energy and trade cooperation on Tuesday."_s
            << QStringList{u"Russia and China\nsigned the agreement on energy and trade cooperation on Tuesday."_s};
    QTest::newRow("long line before lower case") << longLine + u"\nand more."_s
                                                 << QStringList{longLine + u"\nand more."_s};
    QTest::newRow("line ending in comma and quote")
            << u"He called him his \"old friend,\"\naccording to Politico."_s
            << QStringList{u"He called him his \"old friend,\"\naccording to Politico."_s};
    QTest::newRow("surrounding white space") << u"\n\n  Text here.  \n\n"_s
                                             << QStringList{u"Text here."_s};
    QTest::newRow("paragraph separator") << u"One\u2029Two"_s << QStringList{u"One"_s, u"Two"_s};
    QTest::newRow("form feed") << u"One.\fTwo."_s << QStringList{u"One."_s, u"Two."_s};
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("white space only") << u" \n \r\n\t\u00A0\n"_s << QStringList();
}

void TestSegmenter::paragraphs()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const std::vector<Paragraph> paragraphs = Segmenter::english().paragraphs(text);
    QCOMPARE(textsOf(text, paragraphs), expected);
    QCOMPARE(brokenInvariant(text, Segmenter::english().segment(text)), QString());
}

void TestSegmenter::sentenceParagraphs()
{
    const QString text = u"Heading\n\nOne. Two.\n\nThree."_s;
    std::vector<int> indices;
    for (const Sentence &s : Segmenter::english().sentences(text))
        indices.push_back(s.paragraph);
    QCOMPARE(indices, (std::vector<int>{0, 1, 1, 2}));
}

void TestSegmenter::tokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");   // "token@start"
    QTest::addColumn<QString>("kinds");          // one letter a token: Word Number Punctuation Symbol

    const auto row = [](const char *name, const QString &text, const QStringList &expected,
                        const char *kinds) {
        QTest::newRow(name) << text << expected << QString::fromLatin1(kinds);
    };
    row("hyphenated", u"a third five-year term"_s,
        {u"a@0"_s, u"third@2"_s, u"five@8"_s, u"-@12"_s, u"year@13"_s, u"term@18"_s}, "WWWPWW");
    row("abbreviations", u"Mr. Smith left the U.S. at 5 a.m."_s,
        {u"Mr.@0"_s, u"Smith@4"_s, u"left@10"_s, u"the@15"_s, u"U.S.@19"_s, u"at@24"_s, u"5@27"_s,
         u"a.m.@29"_s},
        "WWWWWWNW");
    row("numbers", u"1,500 troops, 3.5 percent, at 3:40"_s,
        {u"1,500@0"_s, u"troops@6"_s, u",@12"_s, u"3.5@14"_s, u"percent@18"_s, u",@25"_s,
         u"at@27"_s, u"3:40@30"_s},
        "NWPNWPWN");
    row("not thousands groups", u"1,50 and 2,0001"_s,
        {u"1@0"_s, u",@1"_s, u"50@2"_s, u"and@5"_s, u"2@9"_s, u",@10"_s, u"0001@11"_s}, "NPNWNPN");
    row("apostrophes", u"Xi's aim, don't, Russia\u2019s"_s,
        {u"Xi's@0"_s, u"aim@5"_s, u",@8"_s, u"don't@10"_s, u",@15"_s, u"Russia\u2019s@17"_s},
        "WWPWPW");
    row("quotes", u"\"blocs.\""_s, {u"\"@0"_s, u"blocs@1"_s, u".@6"_s, u"\"@7"_s}, "PWPP");
    row("money and percent", u"$1.5 billion, 100%"_s,
        {u"$@0"_s, u"1.5@1"_s, u"billion@5"_s, u",@12"_s, u"100@14"_s, u"%@17"_s}, "SNWPNP");
    row("digits with letters", u"G20 in the 1990s, 5th"_s,
        {u"G20@0"_s, u"in@4"_s, u"the@7"_s, u"1990s@11"_s, u",@16"_s, u"5th@18"_s}, "WWWWPW");
    row("glued sentence", u"Zelensky.Photo"_s, {u"Zelensky@0"_s, u".@8"_s, u"Photo@9"_s}, "WPW");
    row("ellipsis", u"Well... no"_s, {u"Well@0"_s, u"...@4"_s, u"no@8"_s}, "WPW");
    row("initials", u"J. Smith and J.R.R. Tolkien"_s,
        {u"J.@0"_s, u"Smith@3"_s, u"and@9"_s, u"J.R.R.@13"_s, u"Tolkien@20"_s}, "WWWWW");
    row("sentence end", u"He left."_s, {u"He@0"_s, u"left@3"_s, u".@7"_s}, "WWP");
    row("date", u"Jan. 5, 2023"_s, {u"Jan.@0"_s, u"5@5"_s, u",@6"_s, u"2023@8"_s}, "WNPN");
    row("time", u"3:40 p.m."_s, {u"3:40@0"_s, u"p.m.@5"_s}, "NW");
    row("dashes and slashes", u"Zhang/Getty \u2014 Russia-Ukraine"_s,
        {u"Zhang@0"_s, u"/@5"_s, u"Getty@6"_s, u"\u2014@12"_s, u"Russia@14"_s, u"-@20"_s,
         u"Ukraine@21"_s},
        "WPWPWPW");
    row("math", u"2+2=4"_s, {u"2@0"_s, u"+@1"_s, u"2@2"_s, u"=@3"_s, u"4@4"_s}, "NSNSN");
    row("emoji with skin tone", u"ok \U0001F44D\U0001F3FD!"_s,
        {u"ok@0"_s, u"\U0001F44D\U0001F3FD@3"_s, u"!@7"_s}, "WSP");
    row("flag", u"\U0001F1FA\U0001F1E6 flag"_s, {u"\U0001F1FA\U0001F1E6@0"_s, u"flag@5"_s}, "SW");
    row("ZWJ sequence", u"\U0001F468\u200D\U0001F469\u200D\U0001F467 ok"_s,
        {u"\U0001F468\u200D\U0001F469\u200D\U0001F467@0"_s, u"ok@9"_s}, "SW");
    row("combining accent", u"cafe\u0301 ok"_s, {u"cafe\u0301@0"_s, u"ok@6"_s}, "WW");
    row("lone surrogate", u"a"_s + QChar(0xD800) + u"b"_s,
        {u"a@0"_s, QString(QChar(0xD800)) + u"@1"_s, u"b@2"_s}, "WSW");
    row("letters outside the BMP", u"\U0001D413\U0001D421\U0001D41E end"_s,
        {u"\U0001D413\U0001D421\U0001D41E@0"_s, u"end@7"_s}, "WW");
    row("invisible separators", u"\uFEFFword\u200Bnext"_s, {u"word@1"_s, u"next@6"_s}, "WW");
    row("empty", QString(), {}, "");
    row("white space only", u" \t\n "_s, {}, "");
}

void TestSegmenter::tokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QFETCH(QString, kinds);

    const std::vector<Token> tokens = Segmenter::english().tokens(text);
    QStringList actual;
    for (const Token &t : tokens)
        actual.append(text.sliced(t.start, t.end - t.start) + u'@' + QString::number(t.start));
    QCOMPARE(actual, expected);
    QCOMPARE(kindLetters(tokens), kinds);
    QCOMPARE(brokenInvariant(text, Segmenter::english().segment(text)), QString());
}

void TestSegmenter::ownLists()
{
    // A segmenter with its own lists; without sentence starters an
    // abbreviation never ends a sentence inside a paragraph.
    const Segmenter plain({u"xyz."_s});
    const QString text = u"Ask xyz. The end. Ask abc. The end."_s;
    QCOMPARE(textsOf(text, plain.sentences(text)),
             (QStringList{u"Ask xyz. The end."_s, u"Ask abc."_s, u"The end."_s}));

    const Segmenter withStarters({u"XYZ."_s}, {u"The"_s});   // case does not matter
    QCOMPARE(textsOf(text, withStarters.sentences(text)),
             (QStringList{u"Ask xyz."_s, u"The end."_s, u"Ask abc."_s, u"The end."_s}));
}

// Random mixtures of the characters the rules look at: whatever the text, every
// promise about the spans holds.
void TestSegmenter::randomText()
{
    const QStringList pieces = {
        u"."_s, u" "_s, u"\n"_s, u"\n\n"_s, u"U"_s, u"S"_s, u"a"_s, u"Mr"_s, u"The"_s, u"\""_s,
        u")"_s, u"("_s, u"?"_s, u"!"_s, u"3"_s, u","_s, u":"_s, u"'"_s, u"-"_s, u"\u2026"_s,
        u"\U0001F44D"_s, u"\U0001F3FD"_s, u"\u200D"_s, u"\u0301"_s, u"\r"_s, u"\u2029"_s,
        QString(QChar(0xD800)), QString(QChar(0xDC00)), u"\uFEFF"_s, u"\U0001F1FA"_s, u"word"_s,
    };
    QRandomGenerator random(20230314);
    for (int round = 0; round < 3000; ++round) {
        QString text;
        const int length = int(random.bounded(1, 60));
        for (int i = 0; i < length; ++i)
            text += pieces[qsizetype(random.bounded(qsizetype(pieces.size())))];
        const QString broken = brokenInvariant(text, Segmenter::english().segment(text));
        QVERIFY2(broken.isEmpty(), qPrintable(broken + u" in "_s + text));
    }
}

// Binary-looking input: every UTF-16 code unit, controls, NUL and unpaired
// surrogates included, once in order and once after each letter.
void TestSegmenter::everyCodeUnit()
{
    QString inOrder;
    QString interleaved;
    for (char32_t u = 0; u <= 0xFFFF; ++u) {
        inOrder += QChar(char16_t(u));
        interleaved += QChar(char16_t(u));
        interleaved += u'a';
    }
    for (const QString &text : {inOrder, interleaved}) {
        const QString broken = brokenInvariant(text, Segmenter::english().segment(text));
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
    }
}

// The checker above is what most rows rely on: it must notice a broken promise.
void TestSegmenter::invariantCheck()
{
    const QString text = u"One two. Three."_s;
    const Segmentation good = Segmenter::english().segment(text);
    QCOMPARE(brokenInvariant(text, good), QString());

    Segmentation missingToken = good;
    missingToken.tokens.erase(missingToken.tokens.begin() + 1);
    QVERIFY(!brokenInvariant(text, missingToken).isEmpty());

    Segmentation untrimmed = good;
    untrimmed.sentences[1].start -= 1;
    QVERIFY(!brokenInvariant(text, untrimmed).isEmpty());

    Segmentation crossing = good;   // "One t" | "wo." cuts the token "two"
    crossing.sentences[0].end = 5;
    crossing.sentences.insert(crossing.sentences.begin() + 1, Sentence{5, 8, 0});
    QVERIFY(brokenInvariant(text, crossing).contains(u"crosses"_s));
}

void TestSegmenter::largeText()
{
    // About 5 MB of UTF-16: the article, interleaved with emoji, CRLF paragraphs
    // and long lines, so that every path runs many times.
    const QString sample = readSample();
    QVERIFY(!sample.isEmpty());
    const QString block = sample + u"\r\n\r\nGreat news \U0001F389. U.S. officials met at 3:40 p.m. "
                                   "The talks... ended.Photo by Someone\n\n"_s;
    QString text;
    text.reserve(5 * 1024 * 1024 + block.size());
    while (text.size() < 5 * 1024 * 1024)
        text += block;

    QElapsedTimer timer;
    timer.start();
    const Segmentation segmentation = Segmenter::english().segment(text);
    const qint64 ms = timer.elapsed();
    qInfo("segmented %lld UTF-16 units into %zu paragraphs, %zu sentences, %zu tokens in %lld ms",
          qlonglong(text.size()), segmentation.paragraphs.size(), segmentation.sentences.size(),
          segmentation.tokens.size(), qlonglong(ms));

    QCOMPARE(brokenInvariant(text, segmentation), QString());
    const qsizetype copies = text.size() / block.size();
    QVERIFY(segmentation.paragraphs.size() >= size_t(copies) * 16);
}

// Text with no sentence punctuation (one 1.5 MB line of words) comes back in
// pieces no longer than the limit, cut after a comma where there is one.
void TestSegmenter::overlongSentences()
{
    QString text;
    for (int i = 0; text.size() < 1500000; ++i)
        text += (i % 17 == 16) ? u"clause ends here, "_s : u"and the talks went on "_s;
    QElapsedTimer timer;
    timer.start();
    const Segmentation segmentation = Segmenter::english().segment(text);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
    QCOMPARE(brokenInvariant(text, segmentation), QString());
    QCOMPARE(segmentation.paragraphs.size(), size_t(1));
    QVERIFY(segmentation.sentences.size() >= size_t(text.size() / SentenceSplitter::kMaxSentenceLength));
    for (size_t i = 0; i < segmentation.sentences.size(); ++i) {
        const Sentence &s = segmentation.sentences[i];
        QVERIFY(s.end - s.start <= SentenceSplitter::kMaxSentenceLength);
        if (i + 1 < segmentation.sentences.size())
            QCOMPARE(text[s.end - 1], u',');
    }
}

// A run longer than the limit without white space cannot be cut without cutting
// a token, so it stays one sentence; the text after it is cut as usual.
void TestSegmenter::overlongRunWithoutSpace()
{
    const qsizetype run = 3 * SentenceSplitter::kMaxSentenceLength;
    QString text = QString(run, u'x') + u" "_s;
    while (text.size() < run + 5 * SentenceSplitter::kMaxSentenceLength)
        text += u"word "_s;
    text = text.trimmed();
    const Segmentation segmentation = Segmenter::english().segment(text);
    QCOMPARE(brokenInvariant(text, segmentation), QString());
    QVERIFY(segmentation.sentences.size() >= 3);
    QCOMPARE(segmentation.sentences.front().end, run);
    for (size_t i = 1; i < segmentation.sentences.size(); ++i) {
        const Sentence &s = segmentation.sentences[i];
        QVERIFY(s.end - s.start <= SentenceSplitter::kMaxSentenceLength);
    }
}

QTEST_GUILESS_MAIN(TestSegmenter)
#include "tst_segmenter.moc"
