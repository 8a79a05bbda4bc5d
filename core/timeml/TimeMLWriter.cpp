#include "timeml/TimeMLWriter.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace chronoline {

namespace {

// XML 1.0 allows TAB, LF, CR and everything from U+0020 except the
// noncharacters U+FFFE/U+FFFF and unpaired surrogates.
bool isXmlChar(char16_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c < 0xFFFE);
}

QString escape(QStringView text, bool attribute)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += text[i];
            out += text[++i];
            continue;
        }
        switch (c) {
        case u'&': out += u"&amp;"; continue;
        case u'<': out += u"&lt;"; continue;
        case u'>': out += u"&gt;"; continue;
        case u'\r': out += u"&#13;"; continue;
        default: break;
        }
        if (attribute) {
            // Attribute values are whitespace-normalised by parsers unless
            // the whitespace is written as a character reference.
            switch (c) {
            case u'"': out += u"&quot;"; continue;
            case u'\n': out += u"&#10;"; continue;
            case u'\t': out += u"&#9;"; continue;
            default: break;
            }
        }
        if (!isXmlChar(c) || QChar::isSurrogate(c))
            out += QChar(QChar::ReplacementCharacter);
        else
            out += QChar(c);
    }
    return out;
}

QString timexStartTag(const Timex &t)
{
    QString tag = u"<TIMEX3 tid=\""_s + TimeMLWriter::escapeAttribute(t.id)
                  + u"\" type=\""_s + timexTypeName(t.type)
                  + u"\" value=\""_s + TimeMLWriter::escapeAttribute(t.value) + u'"';
    const auto optional = [&tag](QStringView name, const QString &value) {
        if (!value.isEmpty())
            tag += u' ' + name.toString() + u"=\""_s + TimeMLWriter::escapeAttribute(value) + u'"';
    };
    optional(u"mod", t.mod);
    optional(u"anchorTimeID", t.anchor);
    optional(u"quant", t.quant);
    optional(u"freq", t.freq);
    // TimeML marks a value computed from another time as a temporal function;
    // the tagger records that other time as the anchor.
    tag += t.anchor.isEmpty() ? u" temporalFunction=\"false\""_s : u" temporalFunction=\"true\""_s;
    tag += u" functionInDocument=\"NONE\">"_s;
    return tag;
}

// Sorted by start, longer first; keeps each expression that neither crosses
// nor sits inside one already kept.
Timexes writableTimexes(const TimeMLDocument &doc, Timexes *dropped)
{
    Timexes sorted = doc.timexes;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Timex &a, const Timex &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    Timexes kept;
    qsizetype writtenUpTo = 0;
    for (Timex &t : sorted) {
        const bool inText = t.start >= 0 && t.start <= t.end && t.end <= doc.text.size();
        if (!inText || t.start < writtenUpTo)
            dropped->push_back(std::move(t));
        else {
            writtenUpTo = t.end;
            kept.push_back(std::move(t));
        }
    }
    return kept;
}

} // namespace

QString TimeMLWriter::escapeText(QStringView text)
{
    return escape(text, false);
}

QString TimeMLWriter::escapeAttribute(QStringView value)
{
    return escape(value, true);
}

TimeMLWriter::Result TimeMLWriter::write(const TimeMLDocument &doc)
{
    Result result;
    QString out;
    out.reserve(doc.text.size() * 2 + 512);
    out += u"<?xml version=\"1.0\" ?>\n"
           u"<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           u"xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n\n"_s;
    out += u"<DOCID>"_s + escapeText(doc.docId) + u"</DOCID>\n\n"_s;
    if (doc.dct && !doc.dct->value.isEmpty()) {
        const TimeMLDct &dct = *doc.dct;
        const QString tid = dct.tid.isEmpty() ? u"t0"_s : dct.tid;
        const QString type = dct.type.isEmpty() ? u"DATE"_s : dct.type;
        const QString text = dct.text.isEmpty() ? dct.value : dct.text;
        out += u"<DCT><TIMEX3 tid=\""_s + escapeAttribute(tid) + u"\" type=\""_s
               + escapeAttribute(type) + u"\" value=\""_s + escapeAttribute(dct.value)
               + u"\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">"_s
               + escapeText(text) + u"</TIMEX3></DCT>\n\n"_s;
    }
    out += u"<TEXT>"_s;
    qsizetype at = 0;
    for (const Timex &t : writableTimexes(doc, &result.dropped)) {
        out += escapeText(QStringView(doc.text).sliced(at, t.start - at));
        out += timexStartTag(t);
        out += escapeText(QStringView(doc.text).sliced(t.start, t.end - t.start));
        out += u"</TIMEX3>"_s;
        at = t.end;
    }
    out += escapeText(QStringView(doc.text).sliced(at));
    out += u"</TEXT>\n\n</TimeML>\n"_s;
    result.xml = out.toUtf8();
    return result;
}

} // namespace chronoline
