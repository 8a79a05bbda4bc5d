#pragma once

#include <QCommandLineParser>
#include <QDate>
#include <QStringList>

#include <optional>

namespace chronoline::cli {

// QCommandLineParser set up for one subcommand, with the checks every
// subcommand shares. The parser's own --help handling is not used: help texts
// live in Usage.cpp so that `chronoline-cli --help` can show them all.
class CommandLine {
public:
    CommandLine(QString command, QStringList arguments);

    QCommandLineParser &parser() { return m_parser; }

    // Parses; on a usage problem prints it and returns ExitUsage. On --help
    // prints the command's help and returns ExitOk. Otherwise nullopt: go on.
    std::optional<int> parse(qsizetype minPositional, qsizetype maxPositional);

    // The --dct option into *dct (left empty when absent). False, with the
    // usage error already printed, when it is not a YYYY-MM-DD date.
    bool readDct(std::optional<QDate> *dct) const;

    // A positive integer option such as --jobs into *value (unchanged when
    // absent). False, with the usage error printed, when it is not one.
    bool readPositiveInt(const QString &name, int *value) const;

    const QString &command() const { return m_command; }

private:
    QString m_command;
    QStringList m_arguments;
    QCommandLineParser m_parser;
};

} // namespace chronoline::cli
