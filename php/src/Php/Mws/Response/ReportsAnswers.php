<?php

declare(strict_types=1);

namespace PwaPresta\Php\Mws\Response;

/**
 * Answers of the Reports section: report requests, schedules, report lists, acknowledgements.
 * Twin of the Rust module `mws::response::reports`.
 */
final class ReportsAnswers
{
    /** @return array<string, mixed> */
    public static function requestReport(?string $requestId, Element $result): array
    {
        $info = $result->child('ReportRequestInfo') ?? throw Fields::missing('ReportRequestInfo', $result->name);

        return ['request_id' => $requestId, 'report_request' => self::reportRequestInfo($info)];
    }

    /** @return array<string, mixed> */
    public static function manageReportSchedule(?string $requestId, Element $result): array
    {
        $schedules = array_map([self::class, 'reportSchedule'], $result->childrenNamed('ReportSchedule'));

        return [
            'request_id' => $requestId,
            'count' => Fields::integer($result, 'Count') ?? count($schedules),
            'report_schedules' => $schedules,
        ];
    }

    /** @return array<string, mixed> */
    public static function reportRequestList(?string $requestId, Element $result): array
    {
        return Paging::start($requestId, $result) + [
            'report_requests' => array_map(
                [self::class, 'reportRequestInfo'],
                $result->childrenNamed('ReportRequestInfo'),
            ),
        ];
    }

    /** @return array<string, mixed> */
    public static function reportList(?string $requestId, Element $result): array
    {
        return Paging::start($requestId, $result)
            + ['reports' => array_map([self::class, 'reportInfo'], $result->childrenNamed('ReportInfo'))];
    }

    /** @return array<string, mixed> */
    public static function updateAcknowledgements(?string $requestId, Element $result): array
    {
        $reports = array_map([self::class, 'reportInfo'], $result->childrenNamed('ReportInfo'));

        return [
            'request_id' => $requestId,
            'count' => Fields::integer($result, 'Count') ?? count($reports),
            'reports' => $reports,
        ];
    }

    /** @return array<string, mixed> */
    private static function reportRequestInfo(Element $info): array
    {
        return [
            'report_request_id' => Fields::requiredText($info, 'ReportRequestId'),
            'report_type' => Fields::text($info, 'ReportType'),
            'start_date' => Fields::date($info, 'StartDate'),
            'end_date' => Fields::date($info, 'EndDate'),
            'scheduled' => Fields::boolean($info, 'Scheduled'),
            'submitted_date' => Fields::date($info, 'SubmittedDate'),
            'report_processing_status' => Fields::text($info, 'ReportProcessingStatus'),
            'generated_report_id' => Fields::text($info, 'GeneratedReportId'),
            'started_processing_date' => Fields::date($info, 'StartedProcessingDate'),
            'completed_date' => Fields::date($info, 'CompletedDate'),
        ];
    }

    /** @return array<string, mixed> */
    private static function reportInfo(Element $info): array
    {
        return [
            'report_id' => Fields::requiredText($info, 'ReportId'),
            'report_type' => Fields::text($info, 'ReportType'),
            'report_request_id' => Fields::text($info, 'ReportRequestId'),
            'available_date' => Fields::date($info, 'AvailableDate'),
            'acknowledged' => Fields::boolean($info, 'Acknowledged'),
            'acknowledged_date' => Fields::date($info, 'AcknowledgedDate'),
        ];
    }

    /** @return array<string, mixed> */
    private static function reportSchedule(Element $schedule): array
    {
        return [
            'report_type' => Fields::text($schedule, 'ReportType'),
            'schedule' => Fields::text($schedule, 'Schedule'),
            'scheduled_date' => Fields::date($schedule, 'ScheduledDate'),
        ];
    }
}
