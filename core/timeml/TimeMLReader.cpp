#include "timeml/TimeMLReader.h"

#include "text/StrictUtf8.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace chronoline {

namespace {

// One pass over the XML token stream. Elements are recognised by local name,
// so files with or without the TimeML namespace declarations read the same.
class TimeMLParser {
public:
    explicit TimeMLParser(const QByteArray &data) : m_xml(data) {}

    std::optional<TimeMLDocument> run(QString *error)
    {
        while (!m_xml.atEnd() && m_error.isEmpty()) {
            switch (m_xml.readNext()) {
            case QXmlStreamReader::StartElement: startElement(); break;
            case QXmlStreamReader::EndElement: endElement(); break;
            case QXmlStreamReader::Characters:
                if (m_inText)
                    m_doc.text += m_xml.text();
                break;
            case QXmlStreamReader::EntityReference:
                // An entity the parser could not expand would silently shift
                // every offset after it, so refuse the file instead.
                fail(QStringLiteral("unresolved entity &%1;").arg(m_xml.name()));
                break;
            default: break;
            }
        }
        if (m_error.isEmpty() && m_xml.hasError())
            fail(m_xml.errorString());
        if (m_error.isEmpty() && !m_sawText)
            m_error = QStringLiteral("not TimeML: no <TEXT> element");
        if (!m_error.isEmpty()) {
            if (error)
                *error = m_error;
            return std::nullopt;
        }
        return std::move(m_doc);
    }

private:
    // What an element open inside TEXT will become when it closes.
    enum class Inline { Other, Timex, Event };
    struct OpenInline {
        Inline kind;
        std::size_t index;   // into m_doc.timexes or m_doc.events
    };

    void fail(const QString &message)
    {
        if (m_error.isEmpty()) {
            m_error = QStringLiteral("line %1, column %2: %3")
                          .arg(m_xml.lineNumber())
                          .arg(m_xml.columnNumber())
                          .arg(message);
        }
    }

    QString attribute(QLatin1StringView name) const
    {
        return m_xml.attributes().value(name).toString();
    }

    void startElement()
    {
        const QStringView name = m_xml.name();
        if (m_inText) {
            startInline(name);
            return;
        }
        if (name == u"TEXT") {
            if (m_sawText)
                return fail(QStringLiteral("more than one <TEXT> element"));
            m_sawText = true;
            m_inText = true;
        } else if (name == u"DOCID") {
            m_doc.docId = m_xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        } else if (name == u"TITLE") {
            m_doc.title = m_xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        } else if (name == u"DCT") {
            m_inDct = true;
        } else if (name == u"TIMEX3" && m_inDct) {
            TimeMLDct dct;
            dct.tid = attribute("tid"_L1);
            dct.type = attribute("type"_L1);
            dct.value = attribute("value"_L1);
            dct.text = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
            m_doc.dctDate = dayOfTimexValue(dct.value);
            m_doc.dct = std::move(dct);
        } else if (name == u"MAKEINSTANCE") {
            m_doc.eventOfInstance.insert(attribute("eiid"_L1), attribute("eventID"_L1));
        } else if (name == u"TLINK") {
            m_doc.tlinks.push_back({attribute("lid"_L1), attribute("relType"_L1),
                                    attribute("eventInstanceID"_L1), attribute("timeID"_L1),
                                    attribute("relatedToTime"_L1),
                                    attribute("relatedToEventInstance"_L1)});
        }
    }

    void startInline(QStringView name)
    {
        const qsizetype at = m_doc.text.size();
        if (name == u"TIMEX3") {
            Timex t;
            t.id = attribute("tid"_L1);
            t.start = at;
            const QString type = attribute("type"_L1);
            if (!parseTimexType(type, &t.type))
                return fail(QStringLiteral("TIMEX3 %1 has unknown type \"%2\"").arg(t.id, type));
            t.value = attribute("value"_L1);
            t.mod = attribute("mod"_L1);
            t.anchor = attribute("anchorTimeID"_L1);
            t.quant = attribute("quant"_L1);
            t.freq = attribute("freq"_L1);
            m_open.push_back({Inline::Timex, m_doc.timexes.size()});
            m_doc.timexes.push_back(std::move(t));
        } else if (name == u"EVENT") {
            TimeMLEvent e;
            e.eid = attribute("eid"_L1);
            e.eventClass = attribute("class"_L1);
            e.start = at;
            m_open.push_back({Inline::Event, m_doc.events.size()});
            m_doc.events.push_back(std::move(e));
        } else {
            // SIGNAL, ENAMEX, ... : dropped, only their text is kept.
            m_open.push_back({Inline::Other, 0});
        }
    }

    void endElement()
    {
        if (m_inText) {
            if (m_open.empty()) {   // the </TEXT> itself
                m_inText = false;
                return;
            }
            const OpenInline open = m_open.back();
            m_open.pop_back();
            const qsizetype at = m_doc.text.size();
            if (open.kind == Inline::Timex) {
                Timex &t = m_doc.timexes[open.index];
                t.end = at;
                t.text = m_doc.text.mid(t.start, at - t.start);
            } else if (open.kind == Inline::Event) {
                TimeMLEvent &e = m_doc.events[open.index];
                e.end = at;
                e.text = m_doc.text.mid(e.start, at - e.start);
            }
        } else if (m_xml.name() == u"DCT") {
            m_inDct = false;
        }
    }

    QXmlStreamReader m_xml;
    TimeMLDocument m_doc;
    QString m_error;
    std::vector<OpenInline> m_open;
    bool m_inText = false;
    bool m_sawText = false;
    bool m_inDct = false;
};

// True when the bytes are meant as UTF-8: no UTF-16/32 byte order mark and no
// XML declaration naming another encoding.
bool declaresUtf8(const QByteArray &xml)
{
    if (xml.startsWith("\xFE\xFF") || xml.startsWith("\xFF\xFE") || xml.startsWith(QByteArray("\0\0", 2)))
        return false;
    static const QRegularExpression declaration(
        QStringLiteral(R"(^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']*)["'])"));
    const auto match = declaration.match(QString::fromLatin1(xml.left(200)));
    return !match.hasMatch()
           || match.capturedView(1).compare(u"utf-8", Qt::CaseInsensitive) == 0
           || match.capturedView(1).compare(u"utf8", Qt::CaseInsensitive) == 0;
}

} // namespace

std::optional<TimeMLDocument> TimeMLReader::parse(const QByteArray &xml, QString *error)
{
    if (xml.trimmed().isEmpty()) {
        if (error)
            *error = QStringLiteral("empty input, expected TimeML");
        return std::nullopt;
    }
    // QXmlStreamReader reports bad UTF-8 at the start of the chunk it was
    // decoding, which for a whole file is line 1; find the real line first.
    if (declaresUtf8(xml)) {
        if (const auto invalid = findInvalidUtf8(xml)) {
            if (error)
                *error = *invalid;
            return std::nullopt;
        }
    }
    return TimeMLParser(xml).run(error);
}

std::optional<TimeMLDocument> TimeMLReader::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString parseError;
    auto doc = parse(file.readAll(), &parseError);
    if (!doc && error)
        *error = QStringLiteral("%1: malformed TimeML: %2").arg(path, parseError);
    return doc;
}

} // namespace chronoline
