#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace chronoline {

struct RecoveryCandidate;

// The questions the window asks about saving and recovery, as functions so
// that tests (and the crash-recovery check, through TestHooks) answer them
// without a modal dialog that would wait forever under the offscreen platform.
struct Prompts {
    enum class UnsavedChoice { Save, Discard, Cancel };

    // The document has unsaved edits and is about to go (close, open another).
    std::function<UnsavedChoice(const QString &documentName)> askToSave;
    // A session that crashed left these edits; true restores them.
    std::function<bool(const RecoveryCandidate &candidate)> askToRestore;
    // Where to save; empty cancels.
    std::function<QString(const QString &suggestedPath)> askSavePath;
    // Something went wrong; the reader should know.
    std::function<void(const QString &title, const QString &text)> showError;

    // Message boxes and file dialogs parented to `window`.
    static Prompts interactive(QWidget *window);
};

} // namespace chronoline
