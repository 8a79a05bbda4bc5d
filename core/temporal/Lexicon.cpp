#include "temporal/Lexicon.h"

#include <array>


namespace chronoline {

int Lexicon::addKey(QStringView form)
{
    const quint32 h = hashOf(form);
    if (int existing = find(form, h); existing != npos)
        return existing;
    // At most a quarter full: most words looked up are not there, and a miss ends at the
    // first empty slot, which a sparse table reaches after one probe or two.
    if ((m_entries.size() + 1) * 2 > m_slotHashes.size())
        grow();
    m_entries.push_back({form.toString(), h, {}, false});
    const int id = int(m_entries.size() - 1);
    place(id);

    // A phrase ("more than", "year-earlier"): mark its first word so the scanner knows to
    // look further. Hyphens separate tokens too.
    qsizetype cut = 0;
    while (cut < form.size() && form[cut] != u' ' && form[cut] != u'-')
        ++cut;
    if (cut > 0 && cut < form.size()) {
        const int first = addKey(form.left(cut));
        m_entries[size_t(first)].startsPhrase = true;
        m_longestPhrase = std::max<int>(m_longestPhrase, int(form.count(u' ') + 2 * form.count(u'-')) + 1);
        // Every prefix that ends where a token may end continues into a longer phrase: before
        // a space, hyphen, apostrophe or period, and just after a hyphen, apostrophe or period
        // ("new year" + "'s", "st." + " patrick", "year" + "-" + "earlier").
        for (qsizetype i = cut; i < form.size(); ++i) {
            const QChar c = form[i];
            if (c != u' ' && c != u'-' && c != u'\'' && c != u'.')
                continue;
            const int before = addKey(form.left(i));
            m_entries[size_t(before)].continues = true;
            if (c != u' ' && i + 1 < form.size()) {
                const int with = addKey(form.left(i + 1));
                m_entries[size_t(with)].continues = true;
            }
        }
    }
    return id;
}

void Lexicon::addReading(int key, Reading reading)
{
    m_entries[size_t(key)].readings.push_back(std::move(reading));
}

quint32 Lexicon::power(qsizetype n)
{
    static const std::array<quint32, 256> powers = [] {
        std::array<quint32, 256> p{};
        p[0] = 1;
        for (size_t i = 1; i < p.size(); ++i)
            p[i] = p[i - 1] * base;
        return p;
    }();
    if (n < qsizetype(powers.size()))
        return powers[size_t(n)];
    quint32 p = powers.back();
    for (qsizetype i = qsizetype(powers.size()) - 1; i < n; ++i)
        p *= base;
    return p;
}

void Lexicon::place(int entry)
{
    const Entry &e = m_entries[size_t(entry)];
    const size_t mask = m_slotHashes.size() - 1;
    size_t i = slotOf(e.hash, mask);
    while (m_slotHashes[i] != 0)
        i = (i + 1) & mask;
    m_slotHashes[i] = slotHash(e.hash);
    m_slotEntries[i] = entry;
    m_slotForms[i] = {quint32(m_pool.size()), quint32(e.form.size())};
    const char16_t *form = reinterpret_cast<const char16_t *>(e.form.constData());
    m_pool.insert(m_pool.end(), form, form + e.form.size());
    placeInBucket(entry);
}

void Lexicon::placeInBucket(int entry)
{
    const Entry &e = m_entries[size_t(entry)];
    const size_t bucket = slotOf(e.hash, m_bucketComplete.size() - 1);
    for (size_t s = bucket * bucketSlots; s < (bucket + 1) * bucketSlots; ++s) {
        if (m_bucketHashes[s] != 0)
            continue;
        m_bucketHashes[s] = slotHash(e.hash);
        BucketWord &word = m_bucketWords[s];
        word.entry = entry;
        word.length = quint32(e.form.size());
        for (qsizetype c = 0; c < e.form.size() && c < qsizetype(word.chars.size()); ++c)
            word.chars[size_t(c)] = e.form[c].unicode();
        return;
    }
    m_bucketComplete[bucket] = 0;
}

void Lexicon::grow()
{
    const size_t size = m_slotHashes.empty() ? 1024 : m_slotHashes.size() * 2;
    m_slotHashes.assign(size, 0);
    m_slotEntries.assign(size, npos);
    m_slotForms.assign(size, PooledForm());
    m_pool.clear();
    const size_t buckets = size / 2;   // as many as the table holds forms at most
    m_bucketHashes.assign(buckets * bucketSlots, 0);
    m_bucketWords.assign(buckets * bucketSlots + 1, BucketWord());
    m_bucketComplete.assign(buckets, 1);
    for (size_t e = 0; e < m_entries.size(); ++e)
        place(int(e));
}

} // namespace chronoline
