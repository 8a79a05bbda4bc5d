#pragma once

// The entry points the fuzzers drive, shared with tst_fuzzregressions so that
// every input that once found a bug is fed again to exactly the same code.
//
// Each target takes arbitrary bytes and returns an empty string when the code
// under test behaved: it returned normally and its result keeps the contract
// of its header (spans inside the text, an error message whenever there is no
// document, ...). A non-empty string says which promise was broken; the fuzzer
// aborts on it so that libFuzzer saves the input.
//
// To add a target (the saved-project reader, say): write a function here and in
// FuzzTargets.cpp, add it to fuzzTargets(), and add its name to FUZZ_TARGETS in
// tests/fuzz/CMakeLists.txt. Its regression inputs go in regressions/<name>/,
// its seeds in seeds/<kind>/.

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <span>

namespace chronoline::fuzz {

using FuzzEntry = QString (*)(const QByteArray &input);

struct FuzzTarget {
    const char *name;    // "tagger": fuzz_tagger, regressions/tagger
    const char *seeds;   // the folder of seeds/ it starts from: "text", "html", "pdf", "timeml", "project"
    FuzzEntry run;
};

std::span<const FuzzTarget> fuzzTargets();
const FuzzTarget *findFuzzTarget(QStringView name);

QString fuzzTagger(const QByteArray &input);
QString fuzzSegmenter(const QByteArray &input);
QString fuzzAnalysis(const QByteArray &input);
QString fuzzTextLoader(const QByteArray &input);
QString fuzzHtmlLoader(const QByteArray &input);
QString fuzzPdfLoader(const QByteArray &input);
QString fuzzTimeMLReader(const QByteArray &input);
QString fuzzProjectReader(const QByteArray &input);

} // namespace chronoline::fuzz
