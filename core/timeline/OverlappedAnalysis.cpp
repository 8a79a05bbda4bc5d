#include "timeline/OverlappedAnalysis.h"

#include "events/EventExtraction.h"
#include "temporal/TemporalTagger.h"
#include "text/Segmenter.h"

#include <condition_variable>
#include <deque>
#include <algorithm>
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

// Splits the sentences of a text a stretch of whole paragraphs at a time, on
// the extractor's thread: when the sentences are needed, and ahead of need
// whenever it would otherwise wait for the tagger.
class PieceSplitter {
public:
    // About this much text per stretch, cut at the first blank line after it.
    static constexpr qsizetype stretchLength = 32 * 1024;

    PieceSplitter(QStringView text, Segmentation &all, events::EventExtraction &extraction)
        : m_text(text), m_all(all), m_extraction(extraction) {}

    qsizetype splitTo() const { return m_splitTo; }
    bool done() const { return m_splitTo >= m_text.size(); }

    void splitNext()
    {
        const qsizetype cut = Segmenter::nextParagraphCut(m_text, m_splitTo + stretchLength);
        const qsizetype to = cut < 0 ? m_text.size() : cut;
        const Segmentation part = Segmenter::english().segmentSentences(m_text, m_splitTo, to,
                                                                        int(m_all.paragraphs.size()));
        m_all.paragraphs.insert(m_all.paragraphs.end(), part.paragraphs.begin(), part.paragraphs.end());
        m_all.sentences.insert(m_all.sentences.end(), part.sentences.begin(), part.sentences.end());
        m_extraction.addSentences(part.sentences);
        m_splitTo = to;
    }

private:
    QStringView m_text;
    Segmentation &m_all;
    events::EventExtraction &m_extraction;
    qsizetype m_splitTo = 0;
};

} // namespace

OverlappedAnalysis::Result OverlappedAnalysis::run(const Document &document, const Segmentation *known)
{
    const QStringView text = document.text;
    Result result;
    PieceQueue queue;
    // Declared after the queue, so it is joined before the queue goes, even
    // should this thread throw while the tagger is at work.
    std::jthread tagging([&] {
        try {
            TemporalTagger::english().tag(text, document.dct, [&](Timexes &&piece, qsizetype taggedTo) {
                queue.push({std::move(piece), taggedTo, false});
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
    PieceSplitter splitter(text, result.segmentation, extraction);
    qsizetype taggedTo = 0;
    for (;;) {
        std::optional<PieceQueue::Piece> piece = queue.tryPop();
        if (!piece) {
            // Nothing tagged to work on: split sentences ahead, else wait.
            if (!known && !splitter.done()) {
                splitter.splitNext();
                continue;
            }
            piece = queue.pop();
        }
        if (piece->last)
            break;
        std::move(piece->timexes.begin(), piece->timexes.end(), std::back_inserter(result.timexes));
        taggedTo = piece->taggedTo;
        while (!known && splitter.splitTo() < taggedTo)
            splitter.splitNext();
        extraction.advance(taggedTo);
    }
    tagging.join();
    if (queue.failure)
        std::rethrow_exception(queue.failure);
    while (!known && !splitter.done())
        splitter.splitNext();
    result.events = extraction.finish();
    return result;
}

} // namespace chronoline
