<?php

declare(strict_types=1);

namespace PwaPresta\Module\Feeds;

if (!defined('_PS_VERSION_')) {
    exit;
}

use PwaPresta\Exception\MwsAuthenticationException;
use PwaPresta\Exception\MwsErrorException;
use PwaPresta\Exception\MwsThrottledException;
use PwaPresta\Exception\TransportException;
use PwaPresta\Module\Jobs\Job;
use PwaPresta\Module\Mws\MwsClient;
use PwaPresta\Module\Mws\MwsConfigurationException;
use PwaPresta\Module\Support\Clock;
use PwaPresta\Module\Support\Logger;

/**
 * The feed queue's job: checks the processing report of each submitted feed that is due
 * (GetFeedSubmissionResult) and submits each queued feed that is due (SubmitFeed).
 *
 * MwsClient already retries throttling and 5xx responses within a call. A feed still throttled or
 * failing after that goes back to its status with a later attempt time (back-off doubling from one
 * minute to one hour), so nothing is lost. A feed is sent once: it is claimed by moving it to
 * sending before SubmitFeed. After a network failure Amazon may have the feed, so the row stays in
 * sending for the merchant to check in Seller Central instead of being sent again.
 */
final class FeedJob implements Job
{
    public const NAME = 'feeds';

    /** Seconds between a submission and the first look at its processing report. */
    public const CHECK_DELAY = 120;

    /** Maximum wait between two attempts, in seconds. */
    public const MAX_DELAY = 3600;

    /** MWS error codes that a later attempt can get past. */
    private const TRANSIENT_CODES = ['RequestThrottled', 'QuotaExceeded', 'InternalError', 'ServiceUnavailable'];

    /** @var array<string, int> */
    private array $counts = [];

    public function __construct(
        private FeedQueue $queue,
        private MwsClient $client,
        private Clock $clock,
        private Logger $logger,
        private int $batchSize = 20,
    ) {
    }

    public function name(): string
    {
        return self::NAME;
    }

    /**
     * @throws \RuntimeException when MWS rejects the account (missing or wrong keys): the feeds stay
     *         queued and the message names what to fix
     */
    public function run(): string
    {
        $this->counts = ['done' => 0, 'failed' => 0, 'processing' => 0, 'submitted' => 0, 'retry' => 0, 'unknown' => 0];
        $now = $this->clock->now();

        foreach ($this->queue->due(FeedStatus::SUBMITTED, $now, $this->batchSize) as $row) {
            if (!$this->check($row, $now)) {
                break;
            }
        }
        foreach ($this->queue->due(FeedStatus::QUEUED, $now, $this->batchSize) as $row) {
            if (!$this->submit($row, $now)) {
                break;
            }
        }

        return sprintf(
            'Feeds: %d submitted, %d done, %d failed, %d still processing, %d to retry, %d to check in Seller Central.',
            $this->counts['submitted'],
            $this->counts['done'],
            $this->counts['failed'],
            $this->counts['processing'],
            $this->counts['retry'],
            $this->counts['unknown'],
        );
    }

    /**
     * Submits one feed; returns false when the run should stop submitting (throttled).
     *
     * @param array<string, mixed> $row
     */
    private function submit(array $row, int $now): bool
    {
        $id = (int) $row['id'];
        if (!$this->queue->claim($id, FeedStatus::QUEUED, FeedStatus::SENDING, $now)) {
            return true;
        }

        try {
            $result = $this->client->call('SubmitFeed', [
                'FeedType' => (string) $row['feed_type'],
                'MarketplaceIdList.Id.1' => $this->client->configuration()->marketplaceId(),
            ], (string) $row['body']);
        } catch (MwsConfigurationException | MwsAuthenticationException $exception) {
            $this->queue->retryLater($id, FeedStatus::QUEUED, $exception->getMessage(), $now);
            throw new \RuntimeException('Feed ' . $id . ' not submitted: ' . $exception->getMessage(), 0, $exception);
        } catch (MwsErrorException $exception) {
            return $this->submitFailed($row, $exception, $now);
        } catch (TransportException $exception) {
            $this->counts['unknown']++;
            $this->queue->retryLater($id, FeedStatus::SENDING, sprintf(
                'SubmitFeed got no answer (%s): Amazon may have received it. Check Seller Central before sending it again.',
                $exception->getMessage(),
            ), $now);
            $this->logger->error(sprintf('Feed %d (Amazon order %s): SubmitFeed got no answer: %s', $id, $row['amazon_order_id'], $exception->getMessage()), (int) $row['id_order']);

            return true;
        }

        $submissionId = (string) $result['feed_submission']['feed_submission_id'];
        $this->queue->markSubmitted($id, $submissionId, $now + self::CHECK_DELAY);
        $this->counts['submitted']++;
        $this->logger->info(sprintf('Feed %d (Amazon order %s) submitted as %s.', $id, $row['amazon_order_id'], $submissionId), (int) $row['id_order']);

        return true;
    }

    /** @param array<string, mixed> $row */
    private function submitFailed(array $row, MwsErrorException $exception, int $now): bool
    {
        $id = (int) $row['id'];
        $code = (string) ($exception->getContext()['code'] ?? '');
        if ($exception instanceof MwsThrottledException || in_array($code, self::TRANSIENT_CODES, true)) {
            $attempts = (int) $row['attempts'] + 1;
            $this->queue->retryLater($id, FeedStatus::QUEUED, $exception->getMessage(), $now + self::delay($attempts));
            $this->counts['retry']++;
            $this->logger->warning(sprintf('Feed %d (Amazon order %s): SubmitFeed attempt %d failed, retry later: %s', $id, $row['amazon_order_id'], $attempts, $exception->getMessage()), (int) $row['id_order']);

            return false;
        }

        $this->queue->finish($id, FeedStatus::FAILED, $exception->getMessage());
        $this->counts['failed']++;
        $this->logger->error(sprintf('Feed %d (Amazon order %s) rejected by SubmitFeed: %s', $id, $row['amazon_order_id'], $exception->getMessage()), (int) $row['id_order']);

        return true;
    }

    /**
     * Reads the processing report of one submitted feed; returns false when the run should stop
     * (throttled).
     *
     * @param array<string, mixed> $row
     */
    private function check(array $row, int $now): bool
    {
        $id = (int) $row['id'];
        try {
            $report = $this->client->call('GetFeedSubmissionResult', ['FeedSubmissionId' => (string) $row['submission_id']]);
        } catch (MwsErrorException $exception) {
            $code = (string) ($exception->getContext()['code'] ?? '');
            $notReady = $code === 'FeedProcessingResultNotReady';
            $this->queue->retryLater($id, FeedStatus::SUBMITTED, $notReady ? 'Amazon is still processing the feed.' : $exception->getMessage(), $now + self::CHECK_DELAY);
            $this->counts[$notReady ? 'processing' : 'retry']++;

            return !($exception instanceof MwsThrottledException);
        }

        $summary = ProcessingReportSummary::describe($report);
        $status = $report['successful'] ? FeedStatus::DONE : FeedStatus::FAILED;
        $this->queue->finish($id, $status, $summary);
        $this->counts[$report['successful'] ? 'done' : 'failed']++;
        $log = $report['successful'] ? 'info' : 'error';
        $this->logger->{$log}(sprintf('Feed %d (Amazon order %s, submission %s): %s', $id, $row['amazon_order_id'], $row['submission_id'], $summary), (int) $row['id_order']);

        return true;
    }

    /** Back-off before attempt $attempts + 1: one minute, doubling, at most MAX_DELAY. */
    public static function delay(int $attempts): int
    {
        return min(self::MAX_DELAY, 60 * 2 ** max(0, min($attempts - 1, 10)));
    }
}
