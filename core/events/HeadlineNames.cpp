#include "events/HeadlineNames.h"
#include "events/Literal.h"

namespace chronoline::events {

namespace {

// A name is looked up as the document writes it, where a line break may
// stand between its words; textOf() and so the table have a space there.
char16_t unbroken(char16_t c)
{
    return c == u'\n' ? u' ' : c;
}

// The length and three units (first, middle, last): enough to tell a
// document's few thousand names apart, at a cost that does not grow with the
// name. Line breaks count as the spaces the table has.
quint64 hashOf(QStringView raw)
{
    const qsizetype n = raw.size();
    quint64 h = 14695981039346656037ull ^ quint64(n);
    for (const qsizetype i : {qsizetype(0), n / 2, n - 1})
        h = (h ^ unbroken(raw.utf16()[i])) * 1099511628211ull;
    return h;
}

bool sameName(QStringView raw, const QString &text)
{
    if (raw.size() != text.size())
        return false;
    const char16_t *a = raw.utf16();
    const char16_t *b = QStringView(text).utf16();
    if (sameUnits(a, b, size_t(raw.size())))
        return true;   // nearly always: a name on one line
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (unbroken(a[i]) != b[i])
            return false;
    }
    return true;
}

} // namespace

void HeadlineNames::grow() const
{
    std::vector<Slot> table(std::max<size_t>(1024, m_slots.size() * 2));
    const size_t mask = table.size() - 1;
    for (const Slot &old : m_slots) {
        if (!old.known)
            continue;
        size_t i = hashOf(old.known->text) & mask;
        while (table[i].known)
            i = (i + 1) & mask;
        table[i] = old;
    }
    m_slots.swap(table);
}

HeadlineNames::Known &HeadlineNames::known(const AnalysedSentence &s, const NameFinder::Name &name) const
{
    if (2 * (m_known.size() + 1) > m_slots.size())
        grow();
    const QStringView raw = NameFinder::rawText(s, name);
    const quint64 h = hashOf(raw);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        Slot &slot = m_slots[i];
        if (!slot.known) {
            Known &k = m_known.emplace_back();
            k.text = NameFinder::textOf(s, name);
            slot = {quint32(h), &k};
            return k;
        }
        if (slot.hash == quint32(h) && sameName(raw, slot.known->text))
            return *slot.known;
    }
}

HeadlineNames::Forms HeadlineNames::of(const AnalysedSentence &s, const NameFinder::Name &name,
                                       qsizetype around) const
{
    Known &k = known(s, name);
    // Only people go by one name in a headline ("Xi", "Putin"); places and
    // organisations keep theirs ("New Delhi", "White House").
    if (!name.person)
        return {k.text, k.text};
    if (!k.shortFormKnown) {
        k.shortForm = NameFinder::shortForm(k.text, m_text, around);
        k.shortFormKnown = true;
    }
    return {k.text, k.shortForm};
}

} // namespace chronoline::events
