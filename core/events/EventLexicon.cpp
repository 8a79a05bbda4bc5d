#include "events/EventLexicon.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringTokenizer>
#include <QVarLengthArray>

#include <algorithm>

namespace chronoline::events {

namespace {

std::optional<WordTag> closedTag(QStringView name)
{
    static const std::pair<const char16_t *, WordTag> names[] = {
        {u"DET", WordTag::Det},     {u"PRON", WordTag::Pron}, {u"OBJ", WordTag::Obj},
        {u"POSS", WordTag::Poss},   {u"PREP", WordTag::Prep}, {u"TO", WordTag::To},
        {u"CONJ", WordTag::Conj},   {u"SUB", WordTag::Sub},   {u"REL", WordTag::Rel},
        {u"WH", WordTag::Wh},       {u"BE", WordTag::Be},     {u"HAVE", WordTag::Have},
        {u"DO", WordTag::Do},       {u"MODAL", WordTag::Modal}, {u"NOT", WordTag::Not},
        {u"ADV", WordTag::Adv},     {u"NUM", WordTag::Num},   {u"ADJ", WordTag::Adj}};
    for (const auto &[n, t] : names) {
        if (name == QStringView(n))
            return t;
    }
    return std::nullopt;
}

quint16 ptbBit(QStringView tag)
{
    static const std::pair<const char16_t *, quint16> tags[] = {
        {u"VB", PtbVB},   {u"VBD", PtbVBD}, {u"VBN", PtbVBN}, {u"VBZ", PtbVBZ},
        {u"VBP", PtbVBP}, {u"VBG", PtbVBG}, {u"MD", PtbMD},   {u"NN", PtbNN},
        {u"NNS", PtbNN},  {u"NNP", PtbNNP}, {u"NNPS", PtbNNP}, {u"JJ", PtbJJ},
        {u"JJR", PtbJJ},  {u"JJS", PtbJJ},  {u"RB", PtbRB},   {u"IN", PtbIN}};
    for (const auto &[n, b] : tags) {
        if (tag == QStringView(n))
            return b;
    }
    return PtbOther;
}

std::optional<EventLexicon::PhraseKind> cueKind(QStringView name)
{
    using K = EventLexicon::PhraseKind;
    if (name == u"FUTURE") return K::Future;
    if (name == u"RAISE") return K::Raise;
    if (name == u"SCHEDULE") return K::Schedule;
    if (name == u"HEDGE") return K::Hedge;
    if (name == u"NEG") return K::Neg;
    return std::nullopt;
}

} // namespace

quint16 EventLexicon::flags(QStringView lowerWord) const
{
    const Entry *e = entry(lowerWord);
    return e ? e->flags : 0;
}

int EventLexicon::synonymClass(QStringView lowerWord) const
{
    const Entry *e = entry(lowerWord);
    return e ? e->synonymClass : -1;
}

void EventLexicon::addPhrase(Phrase phrase)
{
    // The first word's entry lists its phrases, so matching needs no lookup of its own.
    Entry &first = at(phrase.words.front());
    first.phrases.push_back(int(m_phrases.size()));
    first.phraseKinds |= quint8(1u << int(phrase.kind));
    m_phrases.push_back(std::move(phrase));
}

const EventLexicon::Phrase *EventLexicon::longestPhraseAt(const AnalysedSentence &s, int i, int end,
                                                          PhraseKind kind) const
{
    const LexiconEntry *e = s.words[size_t(i)].entry;   // set: phraseAt saw its kinds
    const Phrase *best = nullptr;
    for (int p : e->phrases) {
        const Phrase &phrase = m_phrases[size_t(p)];
        const int n = int(phrase.words.size());
        if (phrase.kind != kind || i + n > end || (best && int(best->words.size()) >= n))
            continue;
        bool match = true;
        for (int k = 1; k < n && match; ++k)
            match = s.words[size_t(i + k)].lower == phrase.words[size_t(k)];
        if (match)
            best = &phrase;
    }
    return best;
}

// The file name says what its lines are; every line is a word or phrase, then
// tab-separated columns.
bool EventLexicon::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read " + path;
        return false;
    }
    const QString name = QFileInfo(path).completeBaseName().mid(7);   // after "events_"
    const QString all = QString::fromUtf8(file.readAll());
    int lineNo = 0;
    // Views, not copies: the word-form list alone has thousands of lines and is
    // read whenever a program starts.
    for (QStringView line : QStringTokenizer{all, u'\n'}) {
        ++lineNo;
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QVarLengthArray<QStringView, 4> cols;
        for (QStringView c : QStringTokenizer{line, u'\t'})
            cols.append(c.trimmed());
        QString lowered;
        QStringView key = cols[0];
        if (std::any_of(key.begin(), key.end(), [](QChar c) { return c.isUpper(); })) {
            lowered = key.toString().toLower();
            key = lowered;
        }
        const auto words = [&] { return key.toString().split(u' ', Qt::SkipEmptyParts); };
        const auto bad = [&](const QString &why) {
            *error = path + u':' + QString::number(lineNo) + u": " + why;
            return false;
        };
        if (name == u"closedclass") {
            const auto tag = cols.size() > 1 ? closedTag(cols[1]) : std::nullopt;
            if (!tag)
                return bad(QStringLiteral("unknown class"));
            at(key).closed = tag;
        } else if (name == u"wordforms") {
            if (cols.size() < 2)
                return bad(QStringLiteral("no tags"));
            Entry &e = at(key);
            bool first = true;
            for (QStringView t : QStringTokenizer{cols[1], u' ', Qt::SkipEmptyParts}) {
                e.ptb |= ptbBit(t);
                if (first)
                    e.firstPtb = ptbBit(t);
                first = false;
            }
        } else if (name == u"reporting") {
            at(key).flags |= Reporting;
        } else if (name == u"roles") {
            at(key).flags |= Role;
        } else if (name == u"demonyms") {
            at(key).flags |= Demonym;
        } else if (name == u"dateleads") {
            at(key).flags |= DateLead;
        } else if (name == u"orgwords") {
            at(key).flags |= OrgWord;
        } else if (name == u"titlestop") {
            at(key).flags |= TitleStop;
        } else if (name == u"titlekeep") {
            at(key).flags |= TitleKeep;
        } else if (name == u"synonyms") {
            for (const QString &w : words())
                at(w).synonymClass = m_synonymClasses;
            ++m_synonymClasses;
        } else if (name == u"nouns") {
            const QStringView second = cols.size() > 1 ? cols[1] : QStringView();
            const bool aspect = second == u"ASPECT" || (cols.size() > 2 && cols[2] == u"ASPECT");
            const QString verb = second == u"ASPECT" ? QString() : second.toString();
            const QStringList w = words();
            if (w.size() == 1) {
                Entry &e = at(key);
                e.flags |= aspect ? (EventNoun | AspectNoun) : EventNoun;
                e.headline = verb;
            } else {
                addPhrase({{w.begin(), w.end()}, PhraseKind::Noun, Relation::Before, verb, aspect});
            }
        } else if (name == u"cues") {
            const auto kind = cols.size() > 1 ? cueKind(cols[1]) : std::nullopt;
            if (!kind)
                return bad(QStringLiteral("unknown cue kind"));
            const QStringList w = words();
            addPhrase({{w.begin(), w.end()}, *kind, Relation::Before, {}, false});
        } else if (name == u"connectives") {
            if (cols.size() < 2)
                return bad(QStringLiteral("no relation"));
            const Relation r = cols[1] == u"AFTER" ? Relation::After
                             : cols[1] == u"DURING" ? Relation::During : Relation::Before;
            const QStringList w = words();
            addPhrase({{w.begin(), w.end()}, PhraseKind::Connective, r, {}, false});
        } else {
            return bad(QStringLiteral("unknown events file"));
        }
    }
    return true;
}

std::shared_ptr<const EventLexicon> EventLexicon::load(const QString &directory, QString *error)
{
    auto lexicon = std::make_shared<EventLexicon>();
    const QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("events_*.txt")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        *error = u"no events_*.txt in " + directory;
        return nullptr;
    }
    for (const QString &f : files) {
        if (!lexicon->loadFile(dir.filePath(f), error))
            return nullptr;
    }
    lexicon->m_index.build(lexicon->m_words);
    return lexicon;
}

const EventLexicon &EventLexicon::english()
{
    static const std::shared_ptr<const EventLexicon> lexicon = [] {
        QString error;
        auto l = load(QStringLiteral(":/lang/en"), &error);
        if (!l)
            qFatal("event lexicon: %s", qPrintable(error));
        return l;
    }();
    return *lexicon;
}

} // namespace chronoline::events
