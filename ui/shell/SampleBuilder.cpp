#include "SampleBuilder.h"

#include "sample/SampleGenerator.h"
#include "storage/Workspace.h"

#include <QMetaObject>
#include <QtConcurrent>

namespace chorus::ui {

SampleBuilder::SampleBuilder(QObject* parent)
    : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this,
            [this] { emit finished(m_watcher.result()); });
}

SampleBuilder::~SampleBuilder() {
    cancel();
    m_watcher.waitForFinished();
}

void SampleBuilder::start(const QString& path, int people) {
    m_cancel->store(false);
    // The destructor waits for the worker, so `self` outlives every progress call.
    SampleBuilder* self = this;
    auto cancelled = m_cancel;
    m_watcher.setFuture(QtConcurrent::run([path, people, cancelled, self]() -> QString {
        Workspace::Options options;
        options.create = true;
        auto ws = Workspace::open(path, options);
        if (!ws)
            return ws.error().message;
        SampleOptions sample;
        sample.people = people;
        sample.anchor = QDateTime::currentDateTimeUtc();
        auto counts = SampleGenerator::generate((*ws)->database(), sample, [cancelled, self](int percent) {
            QMetaObject::invokeMethod(self, [self, percent] { emit self->progress(percent); });
            return !cancelled->load();
        });
        return counts ? QString() : counts.error().message;
    }));
}

void SampleBuilder::cancel() {
    m_cancel->store(true);
}

} // namespace chorus::ui
