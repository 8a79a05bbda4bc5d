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
#include <thread>

namespace chronoline {

namespace {

// The tagger's pieces on their way from its thread to the extractor's.
class PieceQueue {
public:
    struct Piece {
        Timexes timexes;
        Segmentation segmentation;   // the paragraphs and sentences split with this piece
        qsizetype knownTo = 0;       // tagged and split up to here
        bool last = false;           // the tagger is done (or failed: see `failure`)
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
    const QStringView text = document.text;
    Result result;
    PieceQueue queue;
    // Declared after the queue, so it is joined before the queue goes, even
    // should this thread throw while the tagger is at work.
    std::jthread tagging([&] {
        // The tagging thread splits the sentences too, a stretch of whole
        // paragraphs at a time (up to the last blank line tagged), which keeps
        // the two threads about equally busy: the extractor has the more work.
        const Segmenter &segmenter = Segmenter::english();
        qsizetype splitTo = known ? text.size() : 0;   // split up to here
        qsizetype searchedTo = 0;                      // looked for a cut up to here
        int paragraphs = 0;
        const auto split = [&](qsizetype to, Segmentation &out) {
            out = segmenter.segmentSentences(text, splitTo, to, paragraphs);
            paragraphs += int(out.paragraphs.size());
            splitTo = to;
        };
        try {
            TemporalTagger::english().tag(text, document.dct, [&](Timexes &&piece, qsizetype taggedTo) {
                PieceQueue::Piece out{std::move(piece), {}, 0, false};
                if (splitTo < taggedTo) {
                    const qsizetype cut = Segmenter::lastParagraphCut(text, std::max(splitTo, searchedTo), taggedTo);
                    searchedTo = taggedTo + 1;
                    if (cut > splitTo)
                        split(cut, out.segmentation);
                }
                out.knownTo = std::min(taggedTo, splitTo);
                queue.push(std::move(out));
            });
            PieceQueue::Piece rest{{}, {}, text.size(), false};
            if (splitTo < text.size())
                split(text.size(), rest.segmentation);
            queue.push(std::move(rest));
        } catch (...) {
            queue.failure = std::current_exception();
        }
        queue.push({{}, {}, text.size(), true});
    });

    // The extraction reads the list as it grows; the room reserved is a guess
    // from the text's length (news has an expression per 280 characters or so).
    result.timexes.reserve(size_t(text.size() / 256) + 16);
    events::EventExtraction extraction(document, result.timexes, known ? known->sentences : std::vector<Sentence>());
    for (;;) {
        PieceQueue::Piece piece = queue.pop();
        if (piece.last)
            break;
        std::move(piece.timexes.begin(), piece.timexes.end(), std::back_inserter(result.timexes));
        if (!piece.segmentation.sentences.empty())
            extraction.addSentences(piece.segmentation.sentences);
        if (!known) {
            Segmentation &all = result.segmentation;
            all.paragraphs.insert(all.paragraphs.end(), piece.segmentation.paragraphs.begin(),
                                  piece.segmentation.paragraphs.end());
            all.sentences.insert(all.sentences.end(), piece.segmentation.sentences.begin(),
                                 piece.segmentation.sentences.end());
        }
        extraction.advance(piece.knownTo);
    }
    tagging.join();
    if (queue.failure)
        std::rethrow_exception(queue.failure);
    result.events = extraction.finish();
    return result;
}

} // namespace chronoline
