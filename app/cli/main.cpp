#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return chronoline::cli::run(QCoreApplication::arguments().mid(1));
}
