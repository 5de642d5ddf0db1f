#include "SampleBuild.h"

#include <QCoreApplication>

namespace chorus {

QDateTime SampleOptions::defaultAnchor() {
    return QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
}

Result<QMap<QString, qint64>> SampleBuild::run() {
    if (!m_writer.started())
        return m_writer.started().error();
    using Step = Status (SampleBuild::*)();
    const std::vector<std::pair<Step, int>> steps{
        {&SampleBuild::topics, 1},  {&SampleBuild::people, 20},        {&SampleBuild::ties, 30},
        {&SampleBuild::events, 35}, {&SampleBuild::conversations, 55}, {&SampleBuild::touchpoints, 80},
        {&SampleBuild::notes, 88},  {&SampleBuild::followUps, 90},     {&SampleBuild::settings, 91}};
    for (const auto& [step, percent] : steps) {
        if (auto st = (this->*step)(); !st)
            return st.error();
        if (!report(percent))
            return makeError(ErrorCode::Cancelled,
                             QCoreApplication::translate("Sample", "Generation cancelled."));
    }
    if (auto st = m_writer.commit(); !st)
        return st.error();
    report(100);
    return m_counts;
}

Status SampleBuild::topics() {
    for (size_t c = 0; c < m_data.communities.size(); ++c) {
        for (const QString& name : m_data.communities[c].topics) {
            const bool focus = name == QLatin1String("Rust on Windows") ||
                               name == QLatin1String("WebAssembly") ||
                               name == QLatin1String("Developer experience");
            auto id = m_writer.topic({0, name, focus});
            if (!id)
                return id.error();
            m_topicIds.push_back(*id);
            m_topicNames.push_back(name);
            m_topicCommunity.push_back(static_cast<int>(c));
            m_communityTopics.resize(m_data.communities.size());
            m_communityTopics[c].push_back(static_cast<int>(m_topicIds.size() - 1));
        }
    }
    m_counts[QStringLiteral("topics")] = static_cast<qint64>(m_topicIds.size());
    return {};
}

Status SampleBuild::settings() {
    if (auto st = m_writer.setting(QStringLiteral("workspace.name"),
                                   QStringLiteral("Sample workspace (seed %1)").arg(m_options.seed));
        !st)
        return st;
    return m_writer.setting(QStringLiteral("sample.anchor"), m_options.anchor.toString(Qt::ISODate));
}

Result<QMap<QString, qint64>> SampleGenerator::generate(Database& db, const SampleOptions& options,
                                                        const ProgressCallback& progress) {
    auto data = SampleData::load();
    if (!data)
        return data.error();
    SampleBuild generator(db, options, *data, progress);
    return generator.run();
}

} // namespace chorus
