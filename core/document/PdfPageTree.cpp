#include "document/PdfPageTree.h"

#include <unordered_map>
#include <vector>

namespace chronoline {

namespace {

bool isPdfSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The number of the object whose "obj" keyword starts at `at` ("12 0 obj"), or -1.
int objectNumberBefore(QByteArrayView pdf, qsizetype at)
{
    qsizetype p = at;
    auto skipSpace = [&] {
        const qsizetype from = p;
        while (p > 0 && isPdfSpace(pdf[p - 1]))
            --p;
        return p < from;
    };
    auto skipDigits = [&] {
        const qsizetype from = p;
        while (p > 0 && isDigit(pdf[p - 1]) && from - p < 10)
            --p;
        return p < from;
    };
    if (!skipSpace() || !skipDigits() || !skipSpace())
        return -1;
    const qsizetype numberEnd = p;
    if (!skipDigits() || (p > 0 && !isPdfSpace(pdf[p - 1]) && pdf[p - 1] != '>'))
        return -1;
    return pdf.sliced(p, numberEnd - p).toInt();
}

// The object numbers referenced in the /Kids array of a dictionary ("[3 0 R 7 0 R]").
std::vector<int> kidsIn(QByteArrayView dictionary)
{
    std::vector<int> kids;
    const qsizetype key = dictionary.indexOf(QByteArrayView("/Kids"));
    if (key < 0)
        return kids;
    qsizetype p = dictionary.indexOf('[', key);
    const qsizetype end = p < 0 ? -1 : dictionary.indexOf(']', p);
    if (end < 0)
        return kids;
    // Tokens "n g R": a number is a kid when two tokens later comes R.
    std::vector<QByteArrayView> tokens;
    for (++p; p < end;) {
        while (p < end && isPdfSpace(dictionary[p]))
            ++p;
        const qsizetype start = p;
        while (p < end && !isPdfSpace(dictionary[p]))
            ++p;
        if (p > start)
            tokens.push_back(dictionary.sliced(start, p - start));
    }
    for (size_t i = 0; i + 2 < tokens.size(); ++i) {
        if (tokens[i + 2] == QByteArrayView("R")) {
            bool ok = false;
            const int number = tokens[i].toInt(&ok);
            if (ok)
                kids.push_back(number);
            i += 2;
        }
    }
    return kids;
}

} // namespace

bool pdfPageTreeHasCycle(QByteArrayView pdf)
{
    std::unordered_map<int, std::vector<int>> kidsOf;
    const QByteArrayView obj("obj");
    const QByteArrayView endobj("endobj");
    qsizetype nextEndobj = pdf.indexOf(endobj);   // searched forward only, so the scan stays linear
    for (qsizetype pos = pdf.indexOf(obj); pos >= 0;) {
        const int number = objectNumberBefore(pdf, pos);
        if (number < 0) {   // "obj" inside another word ("endobj", a name): look on
            pos = pdf.indexOf(obj, pos + 3);
            continue;
        }
        if (nextEndobj >= 0 && nextEndobj < pos + 3)
            nextEndobj = pdf.indexOf(endobj, pos + 3);
        // An object runs to its "endobj"; in a file cut short, to the next "obj".
        qsizetype end = nextEndobj;
        if (end < 0) {
            end = pdf.indexOf(obj, pos + 3);
            if (end < 0)
                end = pdf.size();
        }
        // Only the dictionary: a stream's data may hold anything.
        const QByteArrayView extent = pdf.sliced(pos, end - pos);
        const qsizetype stream = extent.indexOf(QByteArrayView("stream"));
        kidsOf[number] = kidsIn(stream < 0 ? extent : extent.first(stream));
        pos = pdf.indexOf(obj, nextEndobj >= 0 ? end + endobj.size() : end);
    }

    // Depth-first, without recursion, over every node: a kid still on the path is a cycle.
    enum class State : char { Unseen, OnPath, Done };
    std::unordered_map<int, State> state;
    for (const auto &[root, rootKids] : kidsOf) {
        if (state[root] != State::Unseen)
            continue;
        std::vector<std::pair<int, size_t>> path{{root, 0}};   // node, next kid to visit
        state[root] = State::OnPath;
        while (!path.empty()) {
            auto &[node, next] = path.back();
            const auto it = kidsOf.find(node);
            if (it == kidsOf.end() || next >= it->second.size()) {
                state[node] = State::Done;
                path.pop_back();
                continue;
            }
            const int kid = it->second[next++];
            State &s = state[kid];
            if (s == State::OnPath)
                return true;
            if (s == State::Unseen) {
                s = State::OnPath;
                path.push_back({kid, 0});
            }
        }
    }
    return false;
}

} // namespace chronoline
