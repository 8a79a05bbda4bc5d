#include "timeline/OverlappedAnalysis.h"

#include "events/EventExtraction.h"
#include "temporal/TemporalTagger.h"
#include "text/Segmenter.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <iterator>
#include <mutex>
#include <optional>
#include <thread>

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

    explicit SharedSplitter(QStringView text) : m_text(text) {}

    // Splits the next stretch; false, at once, if another thread is splitting
    // one or the whole text is split.
    bool splitNext()
    {
        qsizetype from = 0;
        int paragraphs = 0;
        {
            const std::lock_guard lock(m_mutex);
            if (m_busy || m_claimedTo >= m_text.size())
                return false;
            m_busy = true;
            from = m_claimedTo;
            paragraphs = m_paragraphs;
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
        {
            const std::lock_guard lock(m_mutex);
            m_paragraphs += int(part.paragraphs.size());
            m_claimedTo = to;
            m_split.push_back(std::move(part));
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
            std::deque<Segmentation> split;
            qsizetype to = 0;
            bool busy = false;
            {
                const std::lock_guard lock(m_mutex);
                split.swap(m_split);
                to = m_claimedTo;
                busy = m_busy;
            }
            for (const Segmentation &part : split) {
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

private:
    const QStringView m_text;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_busy = false;                // a stretch is being split
    qsizetype m_claimedTo = 0;          // split, or being split, up to here
    int m_paragraphs = 0;               // in the stretches split
    std::deque<Segmentation> m_split;   // split, not yet collected
};

} // namespace

OverlappedAnalysis::Result OverlappedAnalysis::run(const Document &document, const Segmentation *known)
{
    const QStringView text = document.text;
    Result result;
    PieceQueue queue;
    SharedSplitter splitter(known ? QStringView() : text);   // nothing to split when the sentences are known
    // Declared after the queue and the splitter, so it is joined before they
    // go, even should this thread throw while the tagger is at work.
    std::jthread tagging([&] {
        try {
            TemporalTagger::english().tag(text, document.dct, [&](Timexes &&piece, qsizetype taggedTo) {
                queue.push({std::move(piece), taggedTo, false});
                // Pieces waiting: the extractor is behind, so split its sentences for it.
                if (queue.waiting() >= 2)
                    splitter.splitNext();
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
        if (!known)
            splitter.collect(piece->taggedTo, result.segmentation, extraction);
        extraction.advance(piece->taggedTo);
    }
    tagging.join();
    if (queue.failure)
        std::rethrow_exception(queue.failure);
    if (!known)
        splitter.collect(text.size(), result.segmentation, extraction);
    result.events = extraction.finish();
    return result;
}

} // namespace chronoline
