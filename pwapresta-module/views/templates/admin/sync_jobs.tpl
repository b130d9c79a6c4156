{**
 * Jobs of the settings page: cron URLs with their secret token, last runs and a "Run now" button.
 * The token is printed here because the merchant copies the URLs into a crontab.
 *}
<div class="panel" id="pwapresta-jobs">
  <h3>{l s='Scheduled jobs' d='Modules.Pwapresta.Admin'}</h3>
  <p>{l s='Call "schedule" once, then the other URLs every 15 minutes from a crontab or the cron tasks manager module. On the command line:' d='Modules.Pwapresta.Admin'}
    <code>php modules/pwapresta/bin/cron.php report</code></p>
  <form method="post" action="{$pwapresta_form_action|escape:'html':'UTF-8'}">
    <table class="table">
      <thead><tr><th>{l s='Job' d='Modules.Pwapresta.Admin'}</th><th>{l s='Cron URL' d='Modules.Pwapresta.Admin'}</th><th>{l s='Last run (UTC)' d='Modules.Pwapresta.Admin'}</th><th>{l s='Result' d='Modules.Pwapresta.Admin'}</th><th>{l s='Last success (UTC)' d='Modules.Pwapresta.Admin'}</th><th></th></tr></thead>
      <tbody>
        {foreach from=$pwapresta_jobs item=job}
          <tr class="pwapresta-job" data-job="{$job.name|escape:'html':'UTF-8'}">
            <td>{$job.name|escape:'html':'UTF-8'}</td>
            <td><code class="pwapresta-cron-url">{$job.url|escape:'html':'UTF-8'}</code></td>
            <td>{if $job.last_started}{$job.last_started|escape:'html':'UTF-8'}{else}{l s='never' d='Modules.Pwapresta.Admin'}{/if}</td>
            <td class="pwapresta-job-result{if $job.last_status == 'failed'} text-danger{/if}">{if $job.running}{l s='running' d='Modules.Pwapresta.Admin'}{elseif $job.last_status}{$job.last_status|escape:'html':'UTF-8'}: {$job.last_message|escape:'html':'UTF-8'}{/if}</td>
            <td>{if $job.last_success}{$job.last_success|escape:'html':'UTF-8'}{else}{l s='never' d='Modules.Pwapresta.Admin'}{/if}</td>
            <td><button type="submit" name="pwapresta_run_job" value="{$job.name|escape:'html':'UTF-8'}" class="btn btn-default">{l s='Run now' d='Modules.Pwapresta.Admin'}</button></td>
          </tr>
        {/foreach}
      </tbody>
    </table>
  </form>
</div>
