<?php

declare(strict_types=1);

namespace PwaPresta\Module\Feeds;

if (!defined('_PS_VERSION_')) {
    exit;
}

/**
 * Writes a processing report (PwaPresta\Api::parseMwsResponse of GetFeedSubmissionResult) as the
 * one line the order page shows. StatusCode Complete alone does not mean success: the line
 * counts MessagesWithError and quotes each Result.
 */
final class ProcessingReportSummary
{
    /** @param array<string, mixed> $report */
    public static function describe(array $report): string
    {
        $line = sprintf(
            'Amazon processed %d message(s): %d successful, %d with error, %d with warning.',
            (int) $report['messages_processed'],
            (int) $report['messages_successful'],
            (int) $report['messages_with_error'],
            (int) $report['messages_with_warning'],
        );

        foreach ($report['results'] as $result) {
            $line .= sprintf(
                ' %s %s (message %s): %s',
                (string) ($result['result_code'] ?? 'Result'),
                (string) ($result['result_message_code'] ?? ''),
                (string) ($result['message_id'] ?? '?'),
                (string) ($result['result_description'] ?? ''),
            );
        }

        return $line;
    }
}
