<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox\Mws;

/**
 * Adds reports to the state: a ReportInfo record in "reports" and the body in reports/<id>.body.
 * Shared by the scenario (MwsSandbox::addReport) and by report requests the sandbox completes.
 */
final class ReportCatalog
{
    /**
     * @return array<string, mixed> the ReportInfo record
     */
    public static function add(
        StateStore $state,
        string $reportType,
        string $body,
        int $availableAt,
        ?string $reportRequestId = null,
        bool $acknowledged = false,
    ): array {
        return $state->transaction(static function (StateStore $state) use (
            $reportType,
            $body,
            $availableAt,
            $reportRequestId,
            $acknowledged,
        ): array {
            $reportId = (string) $state->nextNumber('report_id', 898899473);
            $report = [
                'ReportId' => $reportId,
                'ReportType' => $reportType,
                'ReportRequestId' => $reportRequestId ?? (string) $state->nextNumber('report_request_id', 2291326454),
                'AvailableDate' => Dates::reports($availableAt),
                'Acknowledged' => $acknowledged,
                'AcknowledgedDate' => $acknowledged ? Dates::reports($availableAt) : null,
            ];
            $state->writeBlob("reports/$reportId.body", $body);
            $reports = $state->read('reports');
            $reports[] = $report;
            $state->write('reports', $reports);

            return $report;
        });
    }
}
