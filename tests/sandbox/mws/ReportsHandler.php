<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox\Mws;

/**
 * GetReportList (+ByNextToken), GetReport and UpdateReportAcknowledgements over the state
 * document "reports" (ReportInfo records) and the blobs reports/<ReportId>.body.
 *
 * Lists are newest first. A NextToken stores the filters and the offset, and the next page
 * applies the filters to the reports as they are then: a client that acknowledges reports before
 * reading every page skips reports, as it would against MWS.
 */
final class ReportsHandler implements ActionHandler
{
    /** MWS returns at most 10 reports per page unless MaxCount sets another size. */
    private const DEFAULT_PAGE_SIZE = 10;

    public function __construct(private readonly StateStore $state, private readonly int $now)
    {
    }

    public function handle(string $action, MwsRequest $request, Section $section, string $requestId): MwsResponse
    {
        $parameters = new Parameters($request->parameters);

        return match ($action) {
            'GetReportList', 'GetReportListByNextToken' =>
                $this->reportList($action, $parameters, $section, $requestId),
            'GetReport' => $this->report($parameters),
            'UpdateReportAcknowledgements' => $this->acknowledge($parameters, $section, $requestId),
        };
    }

    private function reportList(
        string $action,
        Parameters $parameters,
        Section $section,
        string $requestId,
    ): MwsResponse {
        $tokens = new NextTokens($this->state);
        if ($action === 'GetReportListByNextToken') {
            [$query, $offset] = $tokens->redeem('GetReportList', $parameters->required('NextToken'));
        } else {
            $defaultSize = (int) ($this->state->read('options')['report_list_page_size'] ?? self::DEFAULT_PAGE_SIZE);
            $query = [
                'types' => $parameters->members('ReportTypeList.Type'),
                'request_ids' => $parameters->members('ReportRequestIdList.Id'),
                'acknowledged' => $parameters->boolean('Acknowledged'),
                'from' => $parameters->date('AvailableFromDate'),
                'to' => $parameters->date('AvailableToDate'),
                'size' => $parameters->integer('MaxCount', $defaultSize, 1, 100),
            ];
            $offset = 0;
        }
        $reports = array_values(array_filter(
            $this->reports(),
            fn (array $report): bool => self::matches($report, $query),
        ));
        usort($reports, fn (array $a, array $b): int => [Dates::parse($b['AvailableDate']), $b['ReportId']]
            <=> [Dates::parse($a['AvailableDate']), $a['ReportId']]);
        [$page, $next] = $tokens->page('GetReportList', $reports, $query, $offset, $query['size']);

        return XmlResponse::success($section->namespace, $action, $requestId, [
            'NextToken' => $next,
            'HasNext' => $next !== null,
            'ReportInfo' => $page,
        ]);
    }

    private function report(Parameters $parameters): MwsResponse
    {
        $reportId = $parameters->required('ReportId');
        $body = ctype_digit($reportId) ? $this->state->readBlob("reports/$reportId.body") : null;
        if ($body === null) {
            throw MwsError::invalidValue('ReportId', $reportId, 'the ReportId of an available report');
        }

        return MwsResponse::document($body, str_starts_with(ltrim($body), '<') ? 'text/xml' : 'text/plain');
    }

    private function acknowledge(Parameters $parameters, Section $section, string $requestId): MwsResponse
    {
        $ids = $parameters->members('ReportIdList.Id');
        if ($ids === []) {
            throw MwsError::missingParameter('ReportIdList.Id.1');
        }
        $acknowledged = $parameters->boolean('Acknowledged') ?? true;
        $reports = $this->reports();
        $updated = [];
        foreach ($reports as $index => $report) {
            if (in_array($report['ReportId'], $ids, true)) {
                $reports[$index]['Acknowledged'] = $acknowledged;
                $reports[$index]['AcknowledgedDate'] = $acknowledged ? Dates::reports($this->now) : null;
                $updated[] = $reports[$index];
            }
        }
        $this->state->write('reports', $reports);

        return XmlResponse::success($section->namespace, 'UpdateReportAcknowledgements', $requestId, [
            'Count' => count($updated),
            'ReportInfo' => $updated,
        ]);
    }

    /** @return list<array<string, mixed>> */
    private function reports(): array
    {
        return $this->state->read('reports');
    }

    /**
     * @param array<string, mixed> $report
     * @param array<string, mixed> $query
     */
    private static function matches(array $report, array $query): bool
    {
        $available = Dates::parse($report['AvailableDate']);

        return ($query['types'] === [] || in_array($report['ReportType'], $query['types'], true))
            && ($query['request_ids'] === [] || in_array($report['ReportRequestId'], $query['request_ids'], true))
            && ($query['acknowledged'] === null || $report['Acknowledged'] === $query['acknowledged'])
            && ($query['from'] === null || $available >= $query['from'])
            && ($query['to'] === null || $available <= $query['to']);
    }
}
