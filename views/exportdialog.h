// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QRadioButton;

/// What to export and where (ExportDialog's answer).
struct ExportChoice
{
    bool selectionOnly = false; ///< the selected rows instead of every row shown
    bool allColumns = false;    ///< every column instead of the ones shown, in their order
    bool json = false;          ///< JSON instead of CSV
    bool byteOrderMark = false; ///< CSV only: for spreadsheet applications
    QString path;
};

/**
 * Asks what to export: the rows shown (filtered and sorted) or only the selected ones,
 * the columns shown or all, CSV (optionally with a byte-order mark) or JSON, and the
 * file. The choices are remembered for the next export.
 */
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(int shownRows, int selectedRows, const QString &suggestedPath, QWidget *parent = nullptr);

    ExportChoice choice() const;
    /// Sets every control from choice (tests, and the remembered choices).
    void setChoice(const ExportChoice &choice);

    void accept() override;

private:
    void formatChanged();

    QRadioButton *m_shownRows;
    QRadioButton *m_selectedRows;
    QRadioButton *m_shownColumns;
    QRadioButton *m_allColumns;
    QComboBox *m_format;
    QCheckBox *m_bom;
    QLineEdit *m_path;
    QPushButton *m_export;
};
