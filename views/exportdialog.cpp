// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
const auto kFormatKey = u"Export/format"_s;
const auto kBomKey = u"Export/byteOrderMark"_s;
const auto kAllColumnsKey = u"Export/allColumns"_s;
} // namespace

ExportDialog::ExportDialog(int shownRows, int selectedRows, const QString &suggestedPath, QWidget *parent)
    : QDialog(parent)
    , m_shownRows(new QRadioButton(tr("All %1 rows &shown (filtered and sorted as in the table)").arg(QLocale().toString(shownRows)), this))
    , m_selectedRows(new QRadioButton(tr("Only the %1 selec&ted rows").arg(QLocale().toString(selectedRows)), this))
    , m_shownColumns(new QRadioButton(tr("The &columns shown, in their order"), this))
    , m_allColumns(new QRadioButton(tr("&All columns"), this))
    , m_format(new QComboBox(this))
    , m_bom(new QCheckBox(tr("Start with a &byte-order mark (for spreadsheet applications)"), this))
    , m_path(new QLineEdit(suggestedPath, this))
    , m_export(nullptr)
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export Sessions"));
    m_selectedRows->setEnabled(selectedRows > 0);
    if (selectedRows == 0)
        m_selectedRows->setToolTip(tr("Select rows in the table first"));
    m_shownRows->setChecked(true);
    auto *rows = new QButtonGroup(this);
    rows->addButton(m_shownRows);
    rows->addButton(m_selectedRows);
    auto *columns = new QButtonGroup(this);
    columns->addButton(m_shownColumns);
    columns->addButton(m_allColumns);
    m_format->addItem(tr("CSV (UTF-8)"), u"csv"_s);
    m_format->addItem(tr("JSON"), u"json"_s);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);

    auto *browse = new QPushButton(tr("Bro&wse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const bool json = m_format->currentData().toString() == u"json"_s;
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Sessions"), m_path->text(),
                                                          json ? tr("JSON files (*.json);;All files (*)")
                                                               : tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *rowBox = new QVBoxLayout;
    rowBox->addWidget(m_shownRows);
    rowBox->addWidget(m_selectedRows);
    auto *columnBox = new QVBoxLayout;
    columnBox->addWidget(m_shownColumns);
    columnBox->addWidget(m_allColumns);
    auto *form = new QFormLayout;
    form->addRow(tr("Rows:"), rowBox);
    form->addRow(tr("Columns:"), columnBox);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(QString(), m_bom);
    auto *fileLabel = new QLabel(tr("File &name:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_export->setEnabled(!text.trimmed().isEmpty());
        // A typed name ending in .csv or .json says which format is meant.
        for (const QString &format : {u"csv"_s, u"json"_s}) {
            if (text.trimmed().endsWith(u'.' + format, Qt::CaseInsensitive))
                m_format->setCurrentIndex(m_format->findData(format));
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    const QSettings settings;
    ExportChoice remembered;
    remembered.json = settings.value(kFormatKey).toString() == u"json"_s;
    remembered.byteOrderMark = settings.value(kBomKey, false).toBool();
    remembered.allColumns = settings.value(kAllColumnsKey, false).toBool();
    remembered.path = suggestedPath;
    setChoice(remembered);
}

ExportChoice ExportDialog::choice() const
{
    ExportChoice c;
    c.selectionOnly = m_selectedRows->isChecked();
    c.allColumns = m_allColumns->isChecked();
    c.json = m_format->currentData().toString() == u"json"_s;
    c.byteOrderMark = !c.json && m_bom->isChecked();
    c.path = m_path->text().trimmed();
    return c;
}

void ExportDialog::setChoice(const ExportChoice &c)
{
    (c.selectionOnly && m_selectedRows->isEnabled() ? m_selectedRows : m_shownRows)->setChecked(true);
    (c.allColumns ? m_allColumns : m_shownColumns)->setChecked(true);
    m_format->setCurrentIndex(c.json ? 1 : 0);
    m_bom->setChecked(c.byteOrderMark);
    m_path->setText(c.path);
    formatChanged();
}

void ExportDialog::formatChanged()
{
    const bool json = m_format->currentData().toString() == u"json"_s;
    m_bom->setEnabled(!json);
    // Keep the file name's extension in step with the format.
    const QString path = m_path->text();
    const QFileInfo info(path);
    const QString suffix = json ? u"json"_s : u"csv"_s;
    if (!path.isEmpty() && (info.suffix() == u"csv"_s || info.suffix() == u"json"_s) && info.suffix() != suffix)
        m_path->setText(path.left(path.size() - info.suffix().size()) + suffix);
}

void ExportDialog::accept()
{
    const ExportChoice c = choice();
    QSettings settings;
    settings.setValue(kFormatKey, c.json ? u"json"_s : u"csv"_s);
    settings.setValue(kBomKey, m_bom->isChecked());
    settings.setValue(kAllColumnsKey, c.allColumns);
    QDialog::accept();
}
