#include "Application.h"

int main(int argc, char *argv[])
{
    return chronoline::runViewer(argc, argv);
}
