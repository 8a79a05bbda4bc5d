#include "timeline/OverlappedAnalysis.h"

#include "events/EventExtraction.h"
#include "events/SentenceAnalyser.h"
#include "events/TimexAnchorer.h"
#include "temporal/TemporalTagger.h"
#include "text/Segmenter.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <iterator>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace chronoline {

namespace {

// The tagger's pieces on their way from its thread to the extractor's.
class PieceQueue {
public:
    struct Piece {
        Timexes timexes;
        qsizetype taggedTo = 0;
        bool last = false;   // the tagger is done (or failed: see `failure`)
    };

    void push(Piece piece)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_pieces.push_back(std::move(piece));
        }
        m_ready.notify_one();
    }

    // How many pieces wait to be taken.
    size_t waiting()
    {
        const std::lock_guard lock(m_mutex);
        return m_pieces.size();
    }

    // A piece if one is waiting.
    std::optional<Piece> tryPop()
    {
        const std::lock_guard lock(m_mutex);
        if (m_pieces.empty())
            return std::nullopt;
        Piece piece = std::move(m_pieces.front());
        m_pieces.pop_front();
        return piece;
    }

    Piece pop()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return !m_pieces.empty(); });
        Piece piece = std::move(m_pieces.front());
        m_pieces.pop_front();
        return piece;
    }

    std::exception_ptr failure;   // written before the last piece is pushed

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<Piece> m_pieces;
};

// Splits the sentences of a text a stretch of whole paragraphs at a time,
// stretch after stretch, on whichever thread has time: the tagger's when the
// extractor is behind, the extractor's when it needs the sentences or would
// otherwise wait. One stretch is split at a time, so they come out in order,
// and the stretches are the same whoever splits them.
class SharedSplitter {
public:
    // About this much text per stretch, cut at the first blank line after it.
    static constexpr qsizetype stretchLength = 32 * 1024;

    struct Stretch {
        int firstSentence = 0;   // the index of its first sentence in the whole text
        Segmentation part;
    };

    explicit SharedSplitter(QStringView text) : m_text(text) {}

    // Splits the next stretch; false, at once, if another thread is splitting
    // one or the whole text is split.
    bool splitNext()
    {
        qsizetype from = 0;
        int paragraphs = 0;
        int sentences = 0;
        {
            const std::lock_guard lock(m_mutex);
            if (m_busy || m_claimedTo >= m_text.size())
                return false;
            m_busy = true;
            from = m_claimedTo;
            paragraphs = m_paragraphs;
            sentences = m_sentences;
        }
        const qsizetype cut = Segmenter::nextParagraphCut(m_text, from + stretchLength);
        const qsizetype to = cut < 0 ? m_text.size() : cut;
        Segmentation part;
        try {
            part = Segmenter::english().segmentSentences(m_text, from, to, paragraphs);
        } catch (...) {
            {
                const std::lock_guard lock(m_mutex);   // so that no one waits for this stretch
                m_busy = false;
            }
            m_changed.notify_all();
            throw;
        }
        auto stretch = std::make_shared<const Stretch>(Stretch{sentences, std::move(part)});
        {
            const std::lock_guard lock(m_mutex);
            m_paragraphs += int(stretch->part.paragraphs.size());
            m_sentences += int(stretch->part.sentences.size());
            m_claimedTo = to;
            m_split.push_back(stretch);
            m_all.push_back(std::move(stretch));
            m_busy = false;
        }
        m_changed.notify_all();
        return true;
    }

    // The extractor's side: takes the stretches split so far (in order) into
    // `all` and the extraction, splitting or waiting until the text is split
    // up to `needed`.
    void collect(qsizetype needed, Segmentation &all, events::EventExtraction &extraction)
    {
        for (;;) {
            std::deque<std::shared_ptr<const Stretch>> split;
            qsizetype to = 0;
            bool busy = false;
            {
                const std::lock_guard lock(m_mutex);
                split.swap(m_split);
                to = m_claimedTo;
                busy = m_busy;
            }
            for (const auto &stretch : split) {
                const Segmentation &part = stretch->part;
                all.paragraphs.insert(all.paragraphs.end(), part.paragraphs.begin(), part.paragraphs.end());
                all.sentences.insert(all.sentences.end(), part.sentences.begin(), part.sentences.end());
                extraction.addSentences(part.sentences);
            }
            if (to >= needed)
                return;
            if (!busy && splitNext())
                continue;
            std::unique_lock lock(m_mutex);   // the other thread is splitting: wait for it
            m_changed.wait(lock, [&] { return !m_split.empty() || !m_busy; });
        }
    }

    // How far the text is split, or being split.
    qsizetype claimedTo()
    {
        const std::lock_guard lock(m_mutex);
        return m_claimedTo;
    }

    // The stretches split after the first `seen`, in order.
    std::vector<std::shared_ptr<const Stretch>> splitSince(size_t seen)
    {
        const std::lock_guard lock(m_mutex);
        return {m_all.begin() + qsizetype(std::min(seen, m_all.size())), m_all.end()};
    }

private:
    const QStringView m_text;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_busy = false;                // a stretch is being split
    qsizetype m_claimedTo = 0;          // split, or being split, up to here
    int m_paragraphs = 0;               // in the stretches split
    int m_sentences = 0;
    std::deque<std::shared_ptr<const Stretch>> m_split;   // split, not yet collected
    std::vector<std::shared_ptr<const Stretch>> m_all;    // every stretch split
};

// Sentences analysed on the tagging thread while the extractor is behind, for
// the extractor to adopt (SentenceCache::adopt): the sentences of the piece
// just tagged that hold an expression, which the extractor will reach no
// sooner than two pieces later.
class AheadAnalyser {
public:
    using Analysed = std::pair<int, std::unique_ptr<events::AnalysedSentence>>;

    AheadAnalyser(QStringView text, SharedSplitter &splitter)
        : m_text(text), m_splitter(splitter), m_analyser(events::EventLexicon::english()) {}

    // The tagging thread's side. Every piece's expressions, before they go.
    void note(const Timexes &piece)
    {
        for (const Timex &t : piece) {
            m_marks.push_back({t.start, t.end, int(m_marks.size())});
            m_datable.push_back(events::TimexAnchorer::mayDate(t));
        }
    }
    // Analyses the sentences that lie in [from, to) and are split.
    void analyse(qsizetype from, qsizetype to)
    {
        for (auto &stretch : m_splitter.splitSince(m_stretches.size()))
            m_stretches.push_back(std::move(stretch));
        {
            const std::lock_guard lock(m_mutex);
            std::move(m_returned.begin(), m_returned.end(), std::back_inserter(m_pool));
            m_returned.clear();
        }
        std::vector<Analysed> made;
        for (; m_stretch < m_stretches.size(); ++m_stretch, m_sentence = 0) {
            if (!analyseIn(*m_stretches[m_stretch], from, to, made))
                break;
        }
        if (made.empty())
            return;
        const std::lock_guard lock(m_mutex);
        std::move(made.begin(), made.end(), std::back_inserter(m_made));
    }

    // The extractor's side: what has been analysed since the last call.
    std::vector<Analysed> take()
    {
        const std::lock_guard lock(m_mutex);
        return std::exchange(m_made, {});
    }
    // The extractor's side: analyses it has released and will not fill again,
    // to be filled here instead of fresh ones. (The adopted ones come back
    // this way: without it, every analysis made here was fresh memory.)
    void recycle(std::vector<std::unique_ptr<events::AnalysedSentence>> spares)
    {
        if (spares.empty())
            return;
        const std::lock_guard lock(m_mutex);
        std::move(spares.begin(), spares.end(), std::back_inserter(m_returned));
    }

private:
    // Goes on through `stretch`; false if it stopped at a sentence not all tagged.
    bool analyseIn(const SharedSplitter::Stretch &stretch, qsizetype from, qsizetype to, std::vector<Analysed> &made)
    {
        const std::vector<Sentence> &sentences = stretch.part.sentences;
        for (; m_sentence < sentences.size(); ++m_sentence) {
            const Sentence &span = sentences[m_sentence];
            if (span.end > to)
                return false;   // next time
            if (span.start < from)
                continue;   // the extractor may be at it
            while (m_mark < m_marks.size() && m_marks[m_mark].start < span.start)
                ++m_mark;
            size_t last = m_mark;
            while (last < m_marks.size() && m_marks[last].start < span.end)
                ++last;
            // Nothing that may date a clause (no expression, or only "now",
            // durations, ...): the anchorer passes the sentence by, and
            // the extractor hardly ever looks. (About a fifth of the sentences
            // with an expression on 20 MB of news.)
            if (std::find(m_datable.begin() + qsizetype(m_mark), m_datable.begin() + qsizetype(last), true)
                == m_datable.begin() + qsizetype(last))
                continue;
            const int index = stretch.firstSentence + int(m_sentence);
            std::unique_ptr<events::AnalysedSentence> analysed = events::AnalysedSentence::reused(m_pool);
            m_analyser.analyse(m_text, span, index, std::span(m_marks).subspan(m_mark, last - m_mark), *analysed);
            made.emplace_back(index, std::move(analysed));
        }
        return true;
    }

    const QStringView m_text;
    SharedSplitter &m_splitter;
    const events::SentenceAnalyser m_analyser;
    std::vector<events::TimexMark> m_marks;   // every expression tagged, in order
    std::vector<bool> m_datable;              // ... and whether it may date a clause
    std::vector<std::shared_ptr<const SharedSplitter::Stretch>> m_stretches;
    size_t m_stretch = 0;    // where analysis goes on: this stretch,
    size_t m_sentence = 0;   // this sentence of it,
    size_t m_mark = 0;       // the first expression not before it
    std::mutex m_mutex;
    std::vector<Analysed> m_made;   // analysed, not yet taken
    std::vector<std::unique_ptr<events::AnalysedSentence>> m_returned;   // recycled, not yet taken
    std::vector<std::unique_ptr<events::AnalysedSentence>> m_pool;       // to fill (this thread's)
};

} // namespace

OverlappedAnalysis::Result OverlappedAnalysis::run(const Document &document, const Segmentation *known,
                                                   const TimexesKnown &timexesKnown)
{
    const QStringView text = document.text;
    Result result;
    PieceQueue queue;
    SharedSplitter splitter(known ? QStringView() : text);   // nothing to split when the sentences are known
    AheadAnalyser ahead(text, splitter);
    // Declared after the queue, the splitter and the analyser, so it is joined
    // before they go, even should this thread throw while the tagger is at work.
    std::jthread tagging([&] {
        try {
            qsizetype before = 0;
            TemporalTagger::english().tag(text, document.dct, [&](Timexes &&piece, qsizetype taggedTo) {
                if (!known)
                    ahead.note(piece);
                queue.push({std::move(piece), taggedTo, false});
                // Pieces waiting: the extractor is behind, so split its sentences
                // for it, and analyse those of the piece just tagged.
                if (!known && queue.waiting() >= helpWhenWaiting) {
                    while (splitter.claimedTo() < taggedTo && splitter.splitNext()) {
                    }
                    ahead.analyse(before, taggedTo);
                }
                before = taggedTo;
            });
        } catch (...) {
            queue.failure = std::current_exception();
        }
        queue.push({{}, text.size(), true});
    });

    // The extraction reads the list as it grows; the room reserved is a guess
    // from the text's length (news has an expression per 280 characters or so).
    result.timexes.reserve(size_t(text.size() / 256) + 16);
    events::EventExtraction extraction(document, result.timexes, known ? known->sentences : std::vector<Sentence>());
    if (!known) {
        // Room for the sentences to come, so that their lists are not copied as
        // they grow: news runs to a sentence per 130 characters or so.
        const size_t sentences = size_t(text.size() / 128) + 16;
        extraction.reserveSentences(sentences);
        result.segmentation.sentences.reserve(sentences);
        result.segmentation.paragraphs.reserve(sentences / 2);
    }
    // Released analyses the extractor keeps for its own next ones (about a
    // stretch's worth of dated sentences, and the few titles look back to).
    constexpr size_t keptSpares = 2 * events::EventExtraction::stretch;
    for (;;) {
        std::optional<PieceQueue::Piece> piece = queue.tryPop();
        if (!piece) {
            // Nothing tagged to work on: split sentences ahead, else wait.
            if (splitter.splitNext())
                continue;
            piece = queue.pop();
        }
        if (piece->last)
            break;
        std::move(piece->timexes.begin(), piece->timexes.end(), std::back_inserter(result.timexes));
        if (!known) {
            splitter.collect(piece->taggedTo, result.segmentation, extraction);
            for (auto &[sentence, analysed] : ahead.take())
                extraction.adopt(sentence, std::move(analysed));
            ahead.recycle(extraction.takeSpareAnalyses(keptSpares));
        }
        extraction.advance(piece->taggedTo);
    }
    tagging.join();
    if (queue.failure)
        std::rethrow_exception(queue.failure);
    if (timexesKnown)
        timexesKnown(document, result.timexes);
    if (!known)
        splitter.collect(text.size(), result.segmentation, extraction);
    result.events = extraction.finish();
    return result;
}

} // namespace chronoline
