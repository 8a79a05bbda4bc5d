#include "project/ProjectReader.h"

#include "text/CodePoints.h"
#include "text/StrictUtf8.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace chronoline {

namespace {

using json = nlohmann::json;

// Thrown inside the reader only; parse() turns it into the result's error.
struct Failure {
    QString message;
};

[[noreturn]] void fail(const QString &where, const QString &what)
{
    throw Failure{where.isEmpty() ? what : where + u": " + what};
}

QString typeName(const json &v)
{
    return QString::fromLatin1(v.type_name());
}

QString at(const QString &where, const char *key)
{
    return where.isEmpty() ? QString::fromLatin1(key) : where + u'.' + QLatin1String(key);
}

QString at(const QString &where, size_t index)
{
    return where + u'[' + QString::number(index) + u']';
}

const json &expectObject(const json &v, const QString &where)
{
    if (!v.is_object())
        fail(where, QStringLiteral("expected an object, found %1").arg(typeName(v)));
    return v;
}

const json &expectArray(const json &v, const QString &where)
{
    if (!v.is_array())
        fail(where, QStringLiteral("expected a list, found %1").arg(typeName(v)));
    return v;
}

const json *find(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

const json &member(const json &object, const char *key, const QString &where)
{
    const json *v = find(object, key);
    if (!v)
        fail(where, QStringLiteral("“%1” is missing").arg(QLatin1String(key)));
    return *v;
}

QString toQString(const json &v, const QString &where)
{
    if (!v.is_string())
        fail(where, QStringLiteral("expected text, found %1").arg(typeName(v)));
    return QString::fromStdString(v.get_ref<const std::string &>());
}

QString string(const json &object, const char *key, const QString &where)
{
    return toQString(member(object, key, where), at(where, key));
}

// Missing or null reads as empty: fields that files may leave out.
QString optionalString(const json &object, const char *key, const QString &where)
{
    const json *v = find(object, key);
    return !v || v->is_null() ? QString() : toQString(*v, at(where, key));
}

QStringList optionalStrings(const json &object, const char *key, const QString &where)
{
    QStringList out;
    const json *v = find(object, key);
    if (!v || v->is_null())
        return out;
    const QString path = at(where, key);
    expectArray(*v, path);
    for (size_t i = 0; i < v->size(); ++i)
        out.append(toQString((*v)[i], at(path, i)));
    return out;
}

qint64 integer(const json &object, const char *key, const QString &where, qint64 min, qint64 max)
{
    const json &v = member(object, key, where);
    const QString path = at(where, key);
    if (!v.is_number_integer())
        fail(path, QStringLiteral("expected a whole number, found %1").arg(typeName(v)));
    if (v.is_number_unsigned()) {
        const auto u = v.get<std::uint64_t>();
        if (u > std::uint64_t(max) || qint64(u) < min)
            fail(path, QStringLiteral("%1 is out of range (%2 to %3)").arg(u).arg(min).arg(max));
        return qint64(u);
    }
    const auto i = v.get<std::int64_t>();
    if (i < min || i > max)
        fail(path, QStringLiteral("%1 is out of range (%2 to %3)").arg(i).arg(min).arg(max));
    return i;
}

std::optional<QDate> optionalDate(const json &object, const char *key, const QString &where)
{
    const json *v = find(object, key);
    if (!v || v->is_null())
        return std::nullopt;
    const QString text = toQString(*v, at(where, key));
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10)
        fail(at(where, key), QStringLiteral("“%1” is not a date like 2023-03-14").arg(text.left(40)));
    return d;
}

std::optional<EventInterval> interval(const json &object, const char *key, const QString &where)
{
    const json *v = find(object, key);
    if (!v || v->is_null())
        return std::nullopt;
    const QString path = at(where, key);
    expectObject(*v, path);
    EventInterval i{optionalDate(*v, "start", path), optionalDate(*v, "end", path)};
    if (i.start && i.end && *i.end < *i.start)
        fail(path, QStringLiteral("ends before it starts"));
    return i;
}

DctSource dctSource(const QString &name, const QString &where)
{
    for (DctSource s : {DctSource::Option, DctSource::TimeML, DctSource::HtmlMeta, DctSource::Dateline,
                        DctSource::Filename, DctSource::None}) {
        if (dctSourceName(s) == name)
            return s;
    }
    fail(where, QStringLiteral("unknown date source “%1”").arg(name.left(40)));
}

Certainty certainty(const QString &name, const QString &where)
{
    for (Certainty c : {Certainty::Explicit, Certainty::Inferred}) {
        if (certaintyName(c) == name)
            return c;
    }
    fail(where, QStringLiteral("unknown certainty “%1” (explicit or inferred)").arg(name.left(40)));
}

EventStatus status(const QString &name, const QString &where)
{
    for (EventStatus s : {EventStatus::Past, EventStatus::Ongoing, EventStatus::Expected}) {
        if (statusName(s) == name)
            return s;
    }
    fail(where, QStringLiteral("unknown status “%1” (past, ongoing or expected)").arg(name.left(40)));
}

// Reads the parts of a project that hang on the document text (offsets).
class TextReader {
public:
    explicit TextReader(const QString &text) : m_offsets(text) {}

    SentenceRef sentence(const json &object, const char *key, const QString &where) const
    {
        const QString path = at(where, key);
        const json &v = expectObject(member(object, key, where), path);
        const qint64 length = m_offsets.codePointLength();
        const qint64 start = integer(v, "start", path, 0, length);
        const qint64 end = integer(v, "end", path, start, length);
        return {m_offsets.toUtf16(start), m_offsets.toUtf16(end), optionalString(v, "text", path)};
    }

    Event event(const json &v, const QString &where) const
    {
        expectObject(v, where);
        Event e;
        e.id = string(v, "id", where);
        if (e.id.isEmpty())
            fail(at(where, "id"), QStringLiteral("is empty"));
        e.title = string(v, "title", where);
        e.trigger = optionalString(v, "trigger", where);
        e.participants = optionalStrings(v, "participants", where);
        e.places = optionalStrings(v, "places", where);
        e.sentence = sentence(v, "sentence", where);
        e.timexId = optionalString(v, "timex", where);
        e.endTimexId = optionalString(v, "endTimex", where);
        e.value = string(v, "value", where);
        e.endValue = optionalString(v, "endValue", where);
        e.mod = optionalString(v, "mod", where);
        e.interval = interval(v, "interval", where);
        e.certainty = certainty(string(v, "certainty", where), at(where, "certainty"));
        e.status = status(string(v, "status", where), at(where, "status"));
        if (const json *s = find(v, "salience"); s && !s->is_null()) {
            if (!s->is_number() || !std::isfinite(s->get<double>()))
                fail(at(where, "salience"), QStringLiteral("expected a number, found %1").arg(typeName(*s)));
            e.salience = std::clamp(s->get<double>(), 0.0, 1.0);
        }
        if (const json *m = find(v, "mentions"); m && !m->is_null()) {
            const QString path = at(where, "mentions");
            expectArray(*m, path);
            for (size_t i = 0; i < m->size(); ++i) {
                const json &mention = expectObject((*m)[i], at(path, i));
                e.mentions.push_back({sentence(mention, "sentence", at(path, i)),
                                      optionalString(mention, "timex", at(path, i))});
            }
        }
        return e;
    }

    ProjectEdit edit(const json &v, const QString &where) const
    {
        using Kind = ProjectEdit::Kind;
        expectObject(v, where);
        const QString op = string(v, "op", where);
        const auto kind = editKindFromName(op);
        if (!kind)
            fail(at(where, "op"), QStringLiteral("unknown edit “%1”").arg(op.left(40)));
        ProjectEdit x;
        x.kind = *kind;
        switch (x.kind) {
        case Kind::Rename:
            x.eventId = string(v, "event", where);
            x.title = string(v, "title", where);
            break;
        case Kind::SetDate:
            x.eventId = string(v, "event", where);
            readDate(v, where, x);
            break;
        case Kind::SetCertainty:
            x.eventId = string(v, "event", where);
            x.certainty = certainty(string(v, "certainty", where), at(where, "certainty"));
            break;
        case Kind::Delete:
            x.eventId = string(v, "event", where);
            break;
        case Kind::Add:
            x.event = event(member(v, "event", where), at(where, "event"));
            x.eventId = x.event->id;
            break;
        case Kind::Place: {
            x.itemId = string(v, "item", where);
            const json &target = member(v, "event", where);
            if (target.is_object()) {
                x.event = event(target, at(where, "event"));
                x.eventId = x.event->id;
            } else {
                x.eventId = toQString(target, at(where, "event"));
                readDate(v, where, x);
            }
            break;
        }
        }
        return x;
    }

private:
    static void readDate(const json &v, const QString &where, ProjectEdit &x)
    {
        x.value = string(v, "value", where);
        x.endValue = optionalString(v, "endValue", where);
        x.interval = interval(v, "interval", where);
    }

    CodePointMap m_offsets;
};

// nlohmann's parser does not recurse, but nothing in a project nests deeper
// than a handful of levels; refusing deep input early keeps every later step
// (and any tool that walks the tree) safe.
bool nestsTooDeep(const QByteArray &bytes)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : bytes) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > ProjectReader::MaxNesting)
                return true;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return false;
}

// "[json.exception.parse_error.101] parse error at line 3, ..." without the bracketed tag.
QString jsonMessage(const std::exception &e)
{
    QString m = QString::fromUtf8(e.what());
    if (m.startsWith(u'[')) {
        const qsizetype close = m.indexOf(u']');
        if (close > 0)
            m = m.mid(close + 1).trimmed();
    }
    return m;
}

json parseJson(const QByteArray &bytes)
{
    if (bytes.size() > ProjectReader::MaxFileSize)
        fail({}, QStringLiteral("the file is too large (%1 MB; a project is at most %2 MB)")
                     .arg(bytes.size() / (1024 * 1024)).arg(ProjectReader::MaxFileSize / (1024 * 1024)));
    if (bytes.trimmed().isEmpty())
        fail({}, QStringLiteral("the file is empty"));
    if (const auto bad = findInvalidUtf8(bytes))
        fail({}, *bad);
    if (nestsTooDeep(bytes))
        fail({}, QStringLiteral("the JSON nests deeper than %1 levels").arg(ProjectReader::MaxNesting));
    try {
        return json::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const json::parse_error &e) {
        fail({}, QStringLiteral("not valid JSON (%1)").arg(jsonMessage(e)));
    }
}

int versionOf(const json &root)
{
    const json *format = find(root, "format");
    if (!format || !format->is_string() || format->get_ref<const std::string &>() != ProjectFile::FormatName)
        fail({}, QStringLiteral("this is JSON, but not a Chronoline project (no \"format\": \"%1\")")
                     .arg(QLatin1String(ProjectFile::FormatName)));
    // Any larger number is still "newer than this build": clamp, do not refuse.
    const qint64 version = integer(root, "version", {}, 1, std::numeric_limits<qint64>::max());
    return int(std::min<qint64>(version, std::numeric_limits<int>::max()));
}

ProjectFile readProject(const json &root)
{
    ProjectFile p;
    const json &doc = expectObject(member(root, "document", {}), QStringLiteral("document"));
    const QString d = QStringLiteral("document");
    p.document.text = string(doc, "text", d);
    p.document.title = optionalString(doc, "title", d);
    p.document.sourcePath = optionalString(doc, "source", d);
    p.document.dct = optionalDate(doc, "dct", d);
    p.document.dctSource = p.document.dct ? dctSource(string(doc, "dctSource", d), at(d, "dctSource"))
                                          : DctSource::None;

    const TextReader reader(p.document.text);
    const json &events = expectArray(member(root, "events", {}), QStringLiteral("events"));
    QSet<QString> ids;
    for (size_t i = 0; i < events.size(); ++i) {
        const QString where = at(QStringLiteral("events"), i);
        Event e = reader.event(events[i], where);
        if (ids.contains(e.id))
            fail(at(where, "id"), QStringLiteral("“%1” is used by an earlier event").arg(e.id.left(40)));
        ids.insert(e.id);
        p.events.push_back(std::move(e));
    }
    std::vector<ProjectEdit> edits;
    if (const json *list = find(root, "edits"); list && !list->is_null()) {
        expectArray(*list, QStringLiteral("edits"));
        for (size_t i = 0; i < list->size(); ++i)
            edits.push_back(reader.edit((*list)[i], at(QStringLiteral("edits"), i)));
    }
    p.edits = ProjectEdits(std::move(edits));
    p.savedPath = optionalString(root, "savedPath", {});
    return p;
}

} // namespace

ProjectReadResult ProjectReader::parse(const QByteArray &bytes)
{
    ProjectReadResult result;
    try {
        const json root = parseJson(bytes);
        expectObject(root, QStringLiteral("the file"));
        const int version = versionOf(root);
        if (version > ProjectFile::Version) {
            result.newerVersion = version;
            result.error = QStringLiteral("This project was made by a newer Chronoline (file format version %1); "
                                          "this one reads up to version %2. Open it with a newer Chronoline.")
                               .arg(version).arg(ProjectFile::Version);
            return result;
        }
        result.project = readProject(root);
    } catch (const Failure &f) {
        result.error = QStringLiteral("The project file cannot be read: %1.").arg(f.message);
    } catch (const std::exception &e) {
        // Anything else nlohmann or the allocator may throw (bad_alloc on a huge
        // array): still an answer, never a crash.
        result.error = QStringLiteral("The project file cannot be read: %1.").arg(jsonMessage(e));
    }
    return result;
}

ProjectReadResult ProjectReader::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ProjectReadResult result;
        result.error = QStringLiteral("Cannot open “%1”: %2.").arg(QFileInfo(path).fileName(), file.errorString());
        return result;
    }
    if (file.size() > MaxFileSize) {
        ProjectReadResult result;
        result.error = QStringLiteral("The project file cannot be read: the file is too large (%1 MB; a project "
                                      "is at most %2 MB).")
                           .arg(file.size() / (1024 * 1024)).arg(MaxFileSize / (1024 * 1024));
        return result;
    }
    return parse(file.readAll());
}

int ProjectReader::declaredVersion(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxFileSize)
        return 0;
    try {
        const json root = parseJson(file.readAll());
        return root.is_object() ? versionOf(root) : 0;
    } catch (...) {
        return 0;   // not a project we could recognise: nothing to protect
    }
}

std::optional<std::vector<ProjectEdit>> ProjectReader::parseEdits(const QByteArray &bytes, const QString &text,
                                                                  QString *error)
{
    try {
        const json root = parseJson(bytes);
        expectArray(root, QStringLiteral("edits"));
        const TextReader reader(text);
        std::vector<ProjectEdit> edits;
        for (size_t i = 0; i < root.size(); ++i)
            edits.push_back(reader.edit(root[i], at(QStringLiteral("edits"), i)));
        return edits;
    } catch (const Failure &f) {
        if (error)
            *error = f.message;
    } catch (const std::exception &e) {
        if (error)
            *error = jsonMessage(e);
    }
    return std::nullopt;
}

} // namespace chronoline
