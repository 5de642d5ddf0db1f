#pragma once

#include "capture/CaptureSession.h"

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;

namespace chorus::ui {

class CaptureForm;
class EventPicker;

/// Event capture mode: pick or create an event, then a fast loop of "people I met". Enter saves the person
/// (new, or the chosen match) with a touchpoint at the event, attendance, note and follow-up, and starts the
/// next one. Every keystroke is in the workspace as a draft, so closing the window, or the program dying,
/// loses nothing: opening it again resumes the open drafts.
class EventCaptureWindow final : public QWidget {
    Q_OBJECT
public:
    explicit EventCaptureWindow(Workspace& workspace, QWidget* parent = nullptr);
    ~EventCaptureWindow() override;

    /// Picks up where capture stopped: the event of the newest open draft, with its drafts; or, with none
    /// open, waits for an event to be chosen.
    void resume();
    /// Capture at this event (0: without one): its open drafts, or a fresh one.
    void setEvent(Id eventId);
    Id eventId() const;
    CaptureForm* form() const { return m_form; }
    int savedCount() const { return m_saved; }
    QString statusText() const;

signals:
    /// For the main window's status bar.
    void statusMessage(const QString& text);

private:
    void save();
    void nextPerson();
    void discard();
    void showDraft(Id draftId);
    void reloadDrafts(Id current);
    void setStatus(const QString& text);

    Workspace& m_workspace;
    std::unique_ptr<CaptureSession> m_session;
    EventPicker* m_picker = nullptr;
    QListWidget* m_drafts = nullptr;
    CaptureForm* m_form = nullptr;
    QLabel* m_status = nullptr;
    int m_saved = 0;
};

} // namespace chorus::ui
