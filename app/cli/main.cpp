#include "Cli.h"

int main(int argc, char *argv[])
{
    const auto app = chronoline::cli::createApplication(argc, argv);
    return chronoline::cli::run(QCoreApplication::arguments().mid(1));
}
