<p class="ping">Hello {$name}</p>
<p class="raw">{$name nofilter}</p>
<p class="l">{l s='Order %s' sprintf=[$name] d='Modules.Pwaprobe.Shop'}</p>
