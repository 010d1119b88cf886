// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "signin.h"

#include <QPointer>

class QWidget;

/**
 * SignInPrompt with window-modal dialogs opened with open(): the event loop keeps
 * running (no exec(), no nested loops) and the answer arrives when the user closes the
 * dialog. Passwords live only in the dialog's line edit and the answer.
 */
class DialogSignInPrompt final : public SignInPrompt
{
public:
    explicit DialogSignInPrompt(QWidget *parent);

    void askCredentials(const QString &server, const QString &message, CredentialsAnswer answer) override;
    void askCode(const QString &server, const QString &method, const QString &message, CodeAnswer answer) override;

private:
    QPointer<QWidget> m_parent;
};
