// Dragging a card of the board to another column asks the server for that workflow move, the same
// request as the card's Move menu; the server answers with the board as it is now, or says why not.
(function () {
  var dragged = null;

  document.addEventListener('dragstart', function (event) {
    var card = event.target.closest && event.target.closest('.board-card');
    if (!card) {
      return;
    }
    dragged = card;
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', card.dataset.taskId);
  });

  document.addEventListener('dragend', function () {
    dragged = null;
    document.querySelectorAll('.board-column.drop-target').forEach(function (c) {
      c.classList.remove('drop-target');
    });
  });

  document.addEventListener('dragover', function (event) {
    var column = event.target.closest && event.target.closest('.board-column');
    if (dragged && column) {
      event.preventDefault();
      column.classList.add('drop-target');
    }
  });

  document.addEventListener('dragleave', function (event) {
    var column = event.target.closest && event.target.closest('.board-column');
    if (column && !column.contains(event.relatedTarget)) {
      column.classList.remove('drop-target');
    }
  });

  document.addEventListener('drop', function (event) {
    var column = event.target.closest && event.target.closest('.board-column');
    if (!dragged || !column) {
      return;
    }
    event.preventDefault();
    var card = dragged;
    dragged = null;
    column.classList.remove('drop-target');
    if (card.closest('.board-column') === column) {
      return;
    }
    var board = document.getElementById('board');
    htmx.ajax('POST', board.dataset.moveUrl + card.dataset.taskId + '/move', {
      target: '#board',
      swap: 'outerHTML',
      values: {toStatusId: column.dataset.statusId, version: card.dataset.version}
    });
  });
})();
