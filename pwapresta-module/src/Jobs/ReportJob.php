<?php

declare(strict_types=1);

namespace PwaPresta\Module\Jobs;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Api;
use PwaPresta\Module\Mws\MwsClient;
use PwaPresta\Module\Mws\OrderSynchroniser;
use PwaPresta\Module\Support\Logger;

/**
 * Imports the unacknowledged order reports: GetReportList and its NextToken pages, GetReport of
 * each into a temporary file, every order through the importer of the IOPN path (an order the
 * shop already has is not created again), then UpdateReportAcknowledgements.
 *
 * Reports are acknowledged only after the whole list was read and their orders stored. A report
 * with an order that could not be imported stays unacknowledged, so the next run reads it again
 * once the cause (a missing product, the database) is fixed, and the run is recorded as failed.
 */
final class ReportJob implements Job
{
    public const NAME = 'report';
    /** UpdateReportAcknowledgements takes at most 100 report ids per call. */
    public const ACKNOWLEDGE_BATCH = 100;

    public function __construct(
        private MwsClient $client,
        private OrderSynchroniser $orders,
        private Logger $logger,
        private string $temporaryDirectory,
    ) {
    }

    public function name(): string
    {
        return self::NAME;
    }

    public function run(): string
    {
        $reportIds = $this->unacknowledgedReports();
        $imported = [];
        $created = 0;
        $found = 0;
        $errors = [];
        foreach ($reportIds as $reportId) {
            $reportErrors = $this->importReport($reportId, $created, $found);
            if ($reportErrors === []) {
                $imported[] = $reportId;
            }
            array_push($errors, ...$reportErrors);
        }

        $this->acknowledge($imported);
        $summary = sprintf(
            '%d report(s) read, %d order(s) created, %d already in the shop, %d report(s) acknowledged.',
            count($reportIds),
            $created,
            $found,
            count($imported),
        );
        if ($errors !== []) {
            throw new \RuntimeException($summary . ' Not imported: ' . implode(' ', array_slice($errors, 0, 5)));
        }

        return $summary;
    }

    /** @return list<string> report ids of every page, oldest page first */
    private function unacknowledgedReports(): array
    {
        $answer = $this->client->call('GetReportList', [
            'ReportTypeList.Type.1' => ScheduleJob::REPORT_TYPE,
            'Acknowledged' => 'false',
        ]);
        $ids = [];
        while (true) {
            foreach ($answer['reports'] as $report) {
                if ($report['report_type'] === ScheduleJob::REPORT_TYPE && $report['acknowledged'] !== true) {
                    $ids[] = (string) $report['report_id'];
                }
            }
            if (!$answer['has_next'] || $answer['next_token'] === null) {
                return array_values(array_unique($ids));
            }
            $answer = $this->client->call('GetReportListByNextToken', ['NextToken' => (string) $answer['next_token']]);
        }
    }

    /** @return list<string> one message per order (or the report) that failed */
    private function importReport(string $reportId, int &$created, int &$found): array
    {
        $path = tempnam($this->temporaryDirectory, 'pwapresta-report-');
        if ($path === false) {
            throw new \RuntimeException(sprintf('No temporary file for report %s in %s: make it writable.', $reportId, $this->temporaryDirectory));
        }

        $errors = [];
        try {
            $this->client->download('GetReport', ['ReportId' => $reportId], $path);
            Api::eachReportOrder($path, function (array $order) use ($reportId, &$created, &$found, &$errors): void {
                $amazonOrderId = (string) $order['amazon_order_id'];
                try {
                    $this->orders->import($order) ? ++$created : ++$found;
                } catch (\RuntimeException $exception) {
                    $errors[] = sprintf('Amazon order %s of report %s: %s', $amazonOrderId, $reportId, $exception->getMessage());
                    $this->logger->error(end($errors));
                }
            });
        } catch (\RuntimeException $exception) {
            $errors[] = sprintf('Report %s: %s', $reportId, $exception->getMessage());
            $this->logger->error(end($errors));
        } finally {
            @unlink($path);
        }

        return $errors;
    }

    /** @param list<string> $reportIds */
    private function acknowledge(array $reportIds): void
    {
        foreach (array_chunk($reportIds, self::ACKNOWLEDGE_BATCH) as $batch) {
            $parameters = ['Acknowledged' => 'true'];
            foreach ($batch as $index => $reportId) {
                $parameters['ReportIdList.Id.' . ($index + 1)] = $reportId;
            }
            $this->client->call('UpdateReportAcknowledgements', $parameters);
        }
    }
}
