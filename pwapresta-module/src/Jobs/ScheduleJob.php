<?php

declare(strict_types=1);

namespace PwaPresta\Module\Jobs;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Module\Mws\MwsClient;

/**
 * Asks Amazon to produce the order report (_GET_ORDERS_DATA_) every 15 minutes with
 * ManageReportSchedule. Run it once; running it again only confirms the same schedule.
 */
final class ScheduleJob implements Job
{
    public const NAME = 'schedule';
    public const REPORT_TYPE = '_GET_ORDERS_DATA_';
    public const SCHEDULE = '_15_MINUTES_';

    public function __construct(private MwsClient $client)
    {
    }

    public function name(): string
    {
        return self::NAME;
    }

    public function run(): string
    {
        $answer = $this->client->call('ManageReportSchedule', [
            'ReportType' => self::REPORT_TYPE,
            'Schedule' => self::SCHEDULE,
        ]);

        $schedules = array_map(
            static fn (array $schedule): string => sprintf(
                '%s every %s, next on %s',
                (string) $schedule['report_type'],
                (string) $schedule['schedule'],
                (string) ($schedule['scheduled_date'] ?? 'a date Amazon did not give'),
            ),
            $answer['report_schedules'],
        );

        return sprintf(
            'Scheduled %s (%d schedule(s), request id %s).',
            $schedules === [] ? self::REPORT_TYPE . ' every ' . self::SCHEDULE : implode('; ', $schedules),
            (int) $answer['count'],
            (string) ($answer['request_id'] ?? 'none'),
        );
    }
}
