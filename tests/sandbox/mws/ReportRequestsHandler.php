<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox\Mws;

/**
 * ManageReportSchedule, RequestReport and GetReportRequestList (+ByNextToken) over the state
 * documents "schedules" and "report_requests".
 *
 * A requested report is _SUBMITTED_ until the first GetReportRequestList that lists it. That
 * call marks it _DONE_ and, when the scenario has a template body for its ReportType
 * ("report_templates"), makes a report of it (GeneratedReportId); otherwise the request ends
 * _DONE_NO_DATA_.
 */
final class ReportRequestsHandler implements ActionHandler
{
    /** Schedule values MWS accepts, with their interval in seconds (0 for _NEVER_). */
    private const SCHEDULES = [
        '_15_MINUTES_' => 900, '_30_MINUTES_' => 1800, '_1_HOUR_' => 3600, '_2_HOURS_' => 7200,
        '_4_HOURS_' => 14400, '_8_HOURS_' => 28800, '_12_HOURS_' => 43200, '_1_DAY_' => 86400,
        '_2_DAYS_' => 172800, '_72_HOURS_' => 259200, '_1_WEEK_' => 604800, '_14_DAYS_' => 1209600,
        '_15_DAYS_' => 1296000, '_30_DAYS_' => 2592000, '_NEVER_' => 0,
    ];

    private const DEFAULT_PAGE_SIZE = 10;

    public function __construct(private readonly StateStore $state, private readonly int $now)
    {
    }

    public function handle(string $action, MwsRequest $request, Section $section, string $requestId): MwsResponse
    {
        $parameters = new Parameters($request->parameters);

        return match ($action) {
            'ManageReportSchedule' => $this->manageSchedule($parameters, $section, $requestId),
            'RequestReport' => $this->requestReport($parameters, $section, $requestId),
            'GetReportRequestList', 'GetReportRequestListByNextToken' =>
                $this->requestList($action, $parameters, $section, $requestId),
        };
    }

    private function manageSchedule(Parameters $parameters, Section $section, string $requestId): MwsResponse
    {
        $reportType = $parameters->required('ReportType');
        $schedule = $parameters->required('Schedule');
        if (!isset(self::SCHEDULES[$schedule])) {
            throw MwsError::invalidValue('Schedule', $schedule, 'a schedule such as _15_MINUTES_ or _NEVER_');
        }
        $scheduleDate = $parameters->date('ScheduleDate') ?? $this->now + self::SCHEDULES[$schedule];
        $schedules = $this->state->read('schedules');
        $entry = [
            'ReportType' => $reportType,
            'Schedule' => $schedule,
            'ScheduledDate' => Dates::reports($scheduleDate),
        ];
        if ($schedule === '_NEVER_') {
            unset($schedules[$reportType]);
        } else {
            $schedules[$reportType] = $entry;
        }
        $this->state->write('schedules', $schedules);

        return XmlResponse::success($section->namespace, 'ManageReportSchedule', $requestId, [
            'Count' => 1,
            'ReportSchedule' => $entry,
        ]);
    }

    private function requestReport(Parameters $parameters, Section $section, string $requestId): MwsResponse
    {
        $start = $parameters->date('StartDate');
        $end = $parameters->date('EndDate');
        if ($start !== null && $end !== null && $start > $end) {
            throw MwsError::invalidValue('EndDate', $parameters->required('EndDate'), 'a date after StartDate');
        }
        $request = [
            'ReportRequestId' => (string) $this->state->nextNumber('report_request_id', 2291326454),
            'ReportType' => $parameters->required('ReportType'),
            'StartDate' => Dates::reports($start ?? $this->now),
            'EndDate' => Dates::reports($end ?? $this->now),
            'Scheduled' => false,
            'SubmittedDate' => Dates::reports($this->now),
            'ReportProcessingStatus' => '_SUBMITTED_',
        ];
        $requests = $this->state->read('report_requests');
        $requests[] = $request;
        $this->state->write('report_requests', $requests);

        return XmlResponse::success($section->namespace, 'RequestReport', $requestId, [
            'ReportRequestInfo' => $request,
        ]);
    }

    private function requestList(
        string $action,
        Parameters $parameters,
        Section $section,
        string $requestId,
    ): MwsResponse {
        $tokens = new NextTokens($this->state);
        if ($action === 'GetReportRequestListByNextToken') {
            [$query, $offset] = $tokens->redeem('GetReportRequestList', $parameters->required('NextToken'));
        } else {
            $query = [
                'ids' => $parameters->members('ReportRequestIdList.Id'),
                'types' => $parameters->members('ReportTypeList.Type'),
                'statuses' => $parameters->members('ReportProcessingStatusList.Status'),
                'size' => $parameters->integer('MaxCount', self::DEFAULT_PAGE_SIZE, 1, 100),
            ];
            $offset = 0;
        }
        $this->processSubmittedRequests();
        $matching = array_values(array_filter(
            array_reverse($this->state->read('report_requests')),
            fn (array $request): bool => self::isListed($request['ReportRequestId'], $query['ids'])
                && self::isListed($request['ReportType'], $query['types'])
                && self::isListed($request['ReportProcessingStatus'], $query['statuses']),
        ));
        [$page, $next] = $tokens->page('GetReportRequestList', $matching, $query, $offset, $query['size']);

        return XmlResponse::success($section->namespace, $action, $requestId, [
            'NextToken' => $next,
            'HasNext' => $next !== null,
            'ReportRequestInfo' => $page,
        ]);
    }

    /** Moves every _SUBMITTED_ request to _DONE_, making its report from the template of its type. */
    private function processSubmittedRequests(): void
    {
        $requests = $this->state->read('report_requests');
        $templates = $this->state->read('report_templates');
        foreach ($requests as $index => $request) {
            if ($request['ReportProcessingStatus'] !== '_SUBMITTED_') {
                continue;
            }
            $template = isset($templates[$request['ReportType']])
                ? $this->state->readBlob($templates[$request['ReportType']])
                : null;
            $request['StartedProcessingDate'] = Dates::reports($this->now);
            if ($template === null) {
                $request['ReportProcessingStatus'] = '_DONE_NO_DATA_';
            } else {
                $report = ReportCatalog::add(
                    $this->state,
                    $request['ReportType'],
                    $template,
                    $this->now,
                    $request['ReportRequestId'],
                );
                $request['ReportProcessingStatus'] = '_DONE_';
                $request['GeneratedReportId'] = $report['ReportId'];
            }
            $request['CompletedDate'] = Dates::reports($this->now);
            $requests[$index] = self::ordered($request);
        }
        $this->state->write('report_requests', $requests);
    }

    /** @param list<string> $filter an empty filter lists everything */
    private static function isListed(string $value, array $filter): bool
    {
        return $filter === [] || in_array($value, $filter, true);
    }

    /**
     * Puts the keys in the element order of ReportRequestInfo.
     *
     * @param array<string, mixed> $request
     * @return array<string, mixed>
     */
    private static function ordered(array $request): array
    {
        $order = [
            'ReportRequestId', 'ReportType', 'StartDate', 'EndDate', 'Scheduled', 'SubmittedDate',
            'ReportProcessingStatus', 'GeneratedReportId', 'StartedProcessingDate', 'CompletedDate',
        ];

        return array_replace(array_intersect_key(array_flip($order), $request), $request);
    }
}
