#include "timeline/OverlappedAnalysis.h"

#include "events/EventExtraction.h"
#include "temporal/TemporalTagger.h"
#include "text/Segmenter.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <iterator>
#include <mutex>
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

} // namespace

OverlappedAnalysis::Result OverlappedAnalysis::run(const Document &document, const Segmentation *known)
{
    Result result;
    PieceQueue queue;
    // Declared after the queue, so it is joined before the queue goes, even
    // should this thread throw while the tagger is at work.
    std::jthread tagging([&] {
        try {
            TemporalTagger::english().tag(document.text, document.dct, [&](Timexes &&piece, qsizetype taggedTo) {
                queue.push({std::move(piece), taggedTo, false});
            });
        } catch (...) {
            queue.failure = std::current_exception();
        }
        queue.push({{}, document.text.size(), true});
    });

    if (!known)
        result.segmentation = Segmenter::english().segmentSentences(document.text);
    // The extraction reads the list as it grows; the room reserved is a guess
    // from the text's length (news has an expression per 280 characters or so).
    result.timexes.reserve(size_t(document.text.size() / 256) + 16);
    events::EventExtraction extraction(document, known ? *known : result.segmentation, result.timexes);
    for (;;) {
        PieceQueue::Piece piece = queue.pop();
        if (piece.last)
            break;
        std::move(piece.timexes.begin(), piece.timexes.end(), std::back_inserter(result.timexes));
        extraction.advance(piece.taggedTo);
    }
    tagging.join();
    if (queue.failure)
        std::rethrow_exception(queue.failure);
    result.events = extraction.finish();
    return result;
}

} // namespace chronoline
