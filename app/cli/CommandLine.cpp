#include "CommandLine.h"

#include "Console.h"
#include "Usage.h"

namespace chronoline::cli {

CommandLine::CommandLine(QString command, QStringList arguments)
    : m_command(std::move(command)), m_arguments(std::move(arguments))
{
    // "-ab" is never two options here, and options may follow positionals.
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QString()});
}

std::optional<int> CommandLine::parse(qsizetype minPositional, qsizetype maxPositional)
{
    // QCommandLineParser expects the program name first.
    if (!m_parser.parse(QStringList{QStringLiteral("chronoline-cli")} + m_arguments)) {
        QString message = m_parser.errorText();   // "Unknown option 'x'."
        if (message.endsWith(u'.'))
            message.chop(1);
        return usageError(m_command, message);
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        writeOut(commandHelp(m_command));
        return ExitOk;
    }
    const qsizetype n = m_parser.positionalArguments().size();
    if (n < minPositional)
        return usageError(m_command, QStringLiteral("missing argument"));
    if (n > maxPositional) {
        return usageError(m_command, QStringLiteral("unexpected argument '%1'")
                                         .arg(m_parser.positionalArguments().at(maxPositional)));
    }
    return std::nullopt;
}

bool CommandLine::readDct(std::optional<QDate> *dct) const
{
    if (!m_parser.isSet(QStringLiteral("dct")))
        return true;
    const QString value = m_parser.value(QStringLiteral("dct"));
    // Exactly YYYY-MM-DD: a looser parse would also take "2023-3-5" or a time.
    const QDate date = QDate::fromString(value, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid() || value.size() != 10) {
        usageError(m_command, QStringLiteral("bad --dct date '%1', expected YYYY-MM-DD").arg(value));
        return false;
    }
    *dct = date;
    return true;
}

bool CommandLine::readPositiveInt(const QString &name, int *value) const
{
    if (!m_parser.isSet(name))
        return true;
    bool ok = false;
    const int parsed = m_parser.value(name).toInt(&ok);
    if (!ok || parsed < 1) {
        usageError(m_command, QStringLiteral("bad --%1 value '%2'").arg(name, m_parser.value(name)));
        return false;
    }
    *value = parsed;
    return true;
}

} // namespace chronoline::cli
