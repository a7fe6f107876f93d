// The vanilla-JS baseline of the rendering benchmark: the same request as the panel, DOMParser,
// the same records, the same row markup (checkbox, cells, three buttons), sorted by numeric ID.
'use strict';

const GET_ALL = '<?xml version="1.0" encoding="UTF-8"?><packet><secret_key><get_info><filter/></get_info></secret_key></packet>';

function text(parent, name) {
    const element = parent.getElementsByTagName(name)[0];
    return element ? element.textContent : null;
}

function records(xml) {
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const out = [];
    for (const info of doc.getElementsByTagName('key_info')) {
        out.push({
            id: text(info, 'key'),
            addresses: (text(info, 'ip_address') || '').split(',').map((s) => s.trim()).filter((s) => s),
            description: text(info, 'description') || '',
            owner: text(info, 'login') || '',
        });
    }
    return out;
}

function cell(row, content, className) {
    const td = document.createElement('td');
    if (className) td.className = className;
    td.textContent = content;
    row.appendChild(td);
    return td;
}

function button(parent, label, id, danger) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = danger ? 'pkp-button pkp-small pkp-danger' : 'pkp-button pkp-small';
    b.textContent = label;
    const hidden = document.createElement('span');
    hidden.className = 'pkp-sr-only';
    hidden.textContent = ' key ' + id;
    b.appendChild(hidden);
    b.addEventListener('click', () => console.log(label, id));
    parent.appendChild(b);
}

function row(key) {
    const tr = document.createElement('tr');
    const select = document.createElement('td');
    select.className = 'pkp-select';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.setAttribute('aria-label', 'Select key ' + key.id);
    select.appendChild(box);
    tr.appendChild(select);
    cell(tr, key.id, 'pkp-id');
    cell(tr, key.addresses.join(', '));
    const description = cell(tr, key.description, 'pkp-description');
    const note = document.createElement('span');
    note.className = 'pkp-failed-note';
    description.appendChild(note);
    cell(tr, key.owner);
    const actions = cell(tr, '', 'pkp-row-actions');
    button(actions, 'Rotate', key.id, false);
    button(actions, 'Edit', key.id, false);
    button(actions, 'Delete', key.id, true);
    return tr;
}

// Fetches every key, then renders the first `limit` rows (all when `limit` is 0).
window.vanillaLoad = async function (key, limit) {
    const response = await fetch('enterprise/control/agent.php', {
        method: 'POST',
        headers: { 'Content-Type': 'text/xml; charset=UTF-8', KEY: key },
        body: GET_ALL,
    });
    const keys = records(await response.text());
    keys.sort((a, b) => Number(a.id) - Number(b.id));
    const shown = limit > 0 ? keys.slice(0, limit) : keys;
    const fragment = document.createDocumentFragment();
    for (const k of shown) fragment.appendChild(row(k));
    document.getElementById('rows').replaceChildren(fragment);
    document.getElementById('count').textContent = keys.length + ' keys';
};

window.vanillaClear = function () {
    document.getElementById('rows').replaceChildren();
};
